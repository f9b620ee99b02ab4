"use server";

import { revalidatePath } from "next/cache";
import { updateOwnProfile } from "@/lib/account/commands";
import { profileSchema } from "@/lib/account/schema";
import { requireActor } from "@/lib/auth/actor";
import type { ActionResult } from "@/lib/errors/app-error";
import { toActionResult, zodFieldErrors } from "@/lib/errors/to-action-result";

export async function updateProfileAction(input: unknown): Promise<ActionResult> {
  try {
    const actor = await requireActor("account:update-own-profile");
    const parsed = profileSchema.safeParse(input);
    if (!parsed.success) {
      return { ok: false, code: "VALIDATION", message: "Please correct the highlighted fields.", fieldErrors: zodFieldErrors(parsed.error) };
    }
    await updateOwnProfile(actor, parsed.data);
    revalidatePath("/", "layout");
    return { ok: true, data: undefined };
  } catch (error) {
    return toActionResult(error);
  }
}
