"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/actor";
import { isUuid } from "@/lib/ids/uuid";
import type { ActionResult } from "@/lib/errors/app-error";
import { toActionResult } from "@/lib/errors/to-action-result";
import { editPlanLine, publishPlan } from "@/lib/homecare/review";

// Each action authenticates itself; the commands validate with lib/homecare/schema.ts and keep to
// the appointment scope (the visit's esthetician, or an admin).

const reviewPath = (id: unknown) => `/staff/appointments/${typeof id === "string" ? id : ""}/homecare`;

export async function editPlanLineAction(input: unknown): Promise<ActionResult<{ lineId: string }>> {
  try {
    const result = await editPlanLine(await requireActor("homecare:manage"), input);
    revalidatePath(reviewPath((input as { appointmentId?: unknown } | null)?.appointmentId));
    return { ok: true, data: result };
  } catch (error) {
    return toActionResult(error);
  }
}

export async function publishPlanAction(appointmentId: unknown): Promise<ActionResult> {
  try {
    if (!isUuid(appointmentId)) return { ok: false, code: "NOT_FOUND", message: "That appointment was not found." };
    await publishPlan(await requireActor("homecare:manage"), appointmentId);
    revalidatePath(reviewPath(appointmentId));
    return { ok: true, data: undefined };
  } catch (error) {
    return toActionResult(error);
  }
}
