import "server-only";
import type { z } from "zod";
import { getSignedInSession, requireActor, type SignedInSession } from "@/lib/auth/actor";
import type { Action, Actor } from "@/lib/auth/policy";
import { AppError, type ActionResult } from "@/lib/errors/app-error";
import { toActionResult, zodFieldErrors } from "@/lib/errors/to-action-result";
import { findOutOfBoundsInput } from "@/lib/validation/input-bounds";
import type { ServerAction } from "./types";

type Steps<A, S extends z.ZodType, T> = {
  /** The form's own schema (or, when it depends on who asks, a function of the actor). */
  schema: S | ((actor: A) => Promise<S> | S);
  /** One command or query, given the actor and parsed input only. */
  run: (actor: A, input: z.output<S>) => Promise<T>;
  /**
   * After success, outside the error mapping: revalidatePath, or redirect() (which works by
   * throwing and must not be caught). app/ passes these, so lib never imports next/*.
   */
  onSuccess?: (data: T, input: z.output<S>) => void;
  /** The message for input that does not parse (field errors still go to their fields). */
  invalidMessage?: string;
};

/**
 * Every server action, one way (docs/decisions/0009): actor → permission → parse → run → a typed
 * result. The permission is checked on every call, whatever page showed the form: an action is a
 * public POST endpoint. Unknown errors are logged with a reference and shown generically; expected
 * ones (AppError, a lost race, a locked record) keep their meaning.
 */
export function defineAction<S extends z.ZodType, T = undefined>(
  options: Steps<Actor, S, T> & { permission: Action },
): ServerAction<z.input<S>, T> {
  return pipeline(() => requireActor(options.permission), options);
}

/**
 * The actions of one page that share a permission and what to refresh after success, one line
 * each: `const schedule = actionGroup({ permission, onSuccess }); export const x = schedule(schema, command);`
 */
export function actionGroup(defaults: { permission: Action; onSuccess?: () => void }) {
  return <S extends z.ZodType, T>(schema: S, run: (actor: Actor, input: z.output<S>) => Promise<T>): ServerAction<z.input<S>, T> =>
    defineAction({ ...defaults, schema, run });
}

/** The same pipeline for the few actions anyone may call (sign-up, the public availability). */
export function definePublicAction<S extends z.ZodType, T = undefined>(
  options: Omit<Steps<null, S, T>, "run" | "schema"> & { schema: S; run: (input: z.output<S>) => Promise<T> },
): ServerAction<z.input<S>, T> {
  return pipeline(async () => null, { ...options, run: (_actor, input) => options.run(input) });
}

/**
 * For the actions about the sign-in itself (the second step, setting up a second factor, ending
 * sessions): they receive the session, whatever its second-step state, and the command they run
 * checks the permission and the state it needs (lib/security). No session: UNAUTHENTICATED.
 */
export function defineSessionAction<S extends z.ZodType, T = undefined>(
  options: Steps<SignedInSession, S, T>,
): ServerAction<z.input<S>, T> {
  return pipeline(async () => {
    const session = await getSignedInSession();
    if (!session) throw new AppError("UNAUTHENTICATED", "Your sign-in has ended. Please sign in again.");
    return session;
  }, options);
}

function pipeline<A, S extends z.ZodType, T>(authorise: () => Promise<A>, steps: Steps<A, S, T>): ServerAction<z.input<S>, T> {
  return async (input) => {
    let success: { data: T; input: z.output<S> };
    try {
      const actor = await authorise();
      // Bounds first (size, depth, control characters): no schema works on a hostile input.
      const outOfBounds = findOutOfBoundsInput(input);
      if (outOfBounds) return { ok: false, code: "VALIDATION", message: steps.invalidMessage ?? INVALID_MESSAGE, fieldErrors: outOfBounds };
      const schema = typeof steps.schema === "function" ? await steps.schema(actor) : steps.schema;
      const parsed = schema.safeParse(input);
      if (!parsed.success) return invalid(parsed.error, steps.invalidMessage);
      success = { data: await steps.run(actor, parsed.data), input: parsed.data };
    } catch (error) {
      return toActionResult(error);
    }
    steps.onSuccess?.(success.data, success.input);
    return { ok: true, data: success.data };
  };
}

const INVALID_MESSAGE = "Please correct the highlighted fields.";

function invalid(error: z.ZodError, message = INVALID_MESSAGE): Extract<ActionResult<never>, { ok: false }> {
  return { ok: false, code: "VALIDATION", message, fieldErrors: zodFieldErrors(error) };
}
