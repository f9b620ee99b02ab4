"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { requireActor } from "@/lib/auth/actor";
import { clientIp } from "@/lib/auth/client-ip";
import type { ActionResult } from "@/lib/errors/app-error";
import { toActionResult } from "@/lib/errors/to-action-result";
import { confirmIntake, saveIntakeDraft, submitIntake, type SubmissionMeta } from "@/lib/intake/commands";

// Each action authenticates and validates itself (the commands parse with the ONE intake schema);
// the IP and user agent come from the request, never from the form.

async function requestMeta(): Promise<SubmissionMeta> {
  const bag = await headers();
  return { ip: clientIp({ "x-forwarded-for": bag.get("x-forwarded-for") ?? undefined }), userAgent: bag.get("user-agent") };
}

export async function saveIntakeDraftAction(draft: unknown): Promise<ActionResult<{ savedAt: string }>> {
  try {
    const actor = await requireActor("intake:manage-own");
    const { savedAt } = await saveIntakeDraft(actor, draft);
    return { ok: true, data: { savedAt: savedAt.toISOString() } };
  } catch (error) {
    return toActionResult(error);
  }
}

export async function submitIntakeAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  try {
    const actor = await requireActor("intake:manage-own");
    const submission = await submitIntake(actor, input, await requestMeta());
    revalidatePath("/account/intake");
    return { ok: true, data: { id: submission.id } };
  } catch (error) {
    return toActionResult(error);
  }
}

export async function confirmIntakeAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  try {
    const actor = await requireActor("intake:manage-own");
    const submission = await confirmIntake(actor, input, await requestMeta());
    revalidatePath("/account/intake");
    return { ok: true, data: { id: submission.id } };
  } catch (error) {
    return toActionResult(error);
  }
}
