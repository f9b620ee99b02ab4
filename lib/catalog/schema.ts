import { z } from "zod";
import { wholeMinutes } from "@/lib/validation/fields";
import { ResourceKind, TreatmentStep } from "@/lib/db/generated/enums";

// Shared by the services and resources forms and their commands.

export const TREATMENT_STEPS = Object.values(TreatmentStep);
export const RESOURCE_KINDS = Object.values(ResourceKind);

export const serviceSchema = z
  .object({
    name: z.string().trim().min(2, "Enter the service name.").max(100, "Keep the name under 100 characters."),
    description: z.string().trim().min(1, "Describe the service for clients.").max(2000, "Keep the description under 2,000 characters."),
    durationMinutes: wholeMinutes("the duration", 480).min(5, "A service lasts at least 5 minutes."),
    bufferBeforeMinutes: wholeMinutes("the prep buffer", 120),
    bufferAfterMinutes: wholeMinutes("the cleanup buffer", 120),
    price: z
      .string()
      .trim()
      .regex(/^\d{1,5}(\.\d{1,2})?$/, "Enter a price like 90 or 89.50."),
    steps: z.array(z.enum(TREATMENT_STEPS)).min(1, "Choose at least one step.").max(TREATMENT_STEPS.length),
    resources: z.array(z.object({ kind: z.enum(RESOURCE_KINDS), quantity: z.number().int().min(1).max(5) })).max(RESOURCE_KINDS.length),
    requiresIntake: z.boolean(),
    active: z.boolean(),
  })
  .refine((v) => new Set(v.resources.map((r) => r.kind)).size === v.resources.length, {
    path: ["resources"],
    message: "List each kind of resource once.",
  });
export type ServiceInput = z.input<typeof serviceSchema>;
export type ServiceData = z.output<typeof serviceSchema>;

/** What the service form sends for a new service. */
export const createServiceSchema = z.object({ service: serviceSchema });
export const updateServiceSchema = z.object({ serviceId: z.uuid("That service was not found."), service: serviceSchema });
export type UpdateServiceData = z.output<typeof updateServiceSchema>;
export const serviceIdSchema = z.object({ serviceId: z.uuid("That service was not found.") });

/** "89.50" → 8950, without floating-point rounding. */
export function toPriceCents(price: string): number {
  const [whole, fraction = ""] = price.split(".");
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
}

export const resourceSchema = z.object({
  name: z.string().trim().min(1, "Name the room or device.").max(60, "Keep the name under 60 characters."),
  kind: z.enum(RESOURCE_KINDS, "Choose what kind of resource this is."),
});
export type ResourceInput = z.infer<typeof resourceSchema>;
export const setResourceActiveSchema = z.object({ resourceId: z.uuid("That resource was not found."), active: z.boolean() });
