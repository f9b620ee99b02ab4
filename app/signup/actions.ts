"use server";

import { signUpClient } from "@/lib/auth/commands";
import { signUpSchema } from "@/lib/auth/schema";
import type { ActionResult } from "@/lib/errors/app-error";
import { toActionResult } from "@/lib/errors/to-action-result";

/**
 * Public by nature (anyone may create a client account), so no actor check: it validates with
 * the form's schema and creates a CLIENT only. The browser signs in afterwards through
 * next-auth, the one place that issues sessions.
 */
export async function signUpAction(input: unknown): Promise<ActionResult> {
  try {
    const parsed = signUpSchema.safeParse(input);
    if (!parsed.success) return toActionResult(parsed.error);
    await signUpClient(parsed.data);
    return { ok: true, data: undefined };
  } catch (error) {
    return toActionResult(error);
  }
}
