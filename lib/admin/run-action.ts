import "server-only";
import type { z } from "zod";
import { requireActor } from "@/lib/auth/actor";
import type { Action, Actor } from "@/lib/auth/policy";
import type { ActionResult } from "@/lib/errors/app-error";
import { toActionResult, zodFieldErrors } from "@/lib/errors/to-action-result";

/**
 * The admin server actions' one body, in STYLE.md's order: actor (authorised here, whatever the
 * page checked) → safeParse with the form's schema → one command → a result value. The action
 * file revalidates after an ok result (lib code never imports next/*).
 */
export async function runAdminAction<S extends z.ZodType, T>(options: {
  permission: Action;
  schema: S;
  input: unknown;
  command: (actor: Actor, data: z.output<S>) => Promise<T>;
}): Promise<ActionResult<T>> {
  try {
    const actor = await requireActor(options.permission);
    const parsed = options.schema.safeParse(options.input);
    if (!parsed.success) {
      return { ok: false, code: "VALIDATION", message: "Please correct the highlighted fields.", fieldErrors: zodFieldErrors(parsed.error) };
    }
    return { ok: true, data: await options.command(actor, parsed.data) };
  } catch (error) {
    return toActionResult(error);
  }
}
