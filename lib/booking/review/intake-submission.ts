import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { confirmIntake, submitIntake, type AfterIntakeWrite, type SubmissionMeta } from "@/lib/intake/commands";
import type { ConfirmIntakeInput } from "@/lib/intake/confirm-schema";
import type { IntakeAnswers } from "@/lib/intake/schema";
import { recheckAppointments } from "./recheck";

/** Every submission re-judges the client's upcoming appointments, in the submission's transaction. */
const recheckAfterIntake: AfterIntakeWrite = async (tx, submission, now) => {
  await recheckAppointments(tx, { clientId: submission.clientId, trigger: "INTAKE", actorId: submission.clientId, now });
};

/**
 * The client's intake submission as the app makes it: stored by lib/intake, then their upcoming
 * bookings re-checked (a new BLOCK puts one into "needs review"; a cleared one resolves).
 */
export function submitClientIntake(actor: Actor, answers: IntakeAnswers, meta: SubmissionMeta, now = new Date()) {
  return submitIntake(actor, answers, meta, now, recheckAfterIntake);
}

/** "Nothing has changed — confirm", re-checked the same way (the validity, and so what is judged, may change). */
export function confirmClientIntake(actor: Actor, input: ConfirmIntakeInput, meta: SubmissionMeta, now = new Date()) {
  return confirmIntake(actor, input, meta, now, recheckAfterIntake);
}
