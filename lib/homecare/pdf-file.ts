import type { HomecarePlan } from "./types";

/** Where the client's plan downloads as a PDF (app/api/v1/homecare/[file]/route.ts). */
export function homecarePdfHref(planId: string): string {
  return `/api/v1/homecare/${planId}.pdf`;
}

/** `glowbook-homecare-2030-03-12.pdf`: the visit's date, nothing personal. */
export function homecarePdfFilename(plan: Pick<HomecarePlan, "visitDate">): string {
  return `glowbook-homecare-${plan.visitDate}.pdf`;
}
