import "server-only";
import { isUuid } from "@/lib/ids/uuid";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { appointmentScope } from "@/lib/auth/scope";
import { db, type DbClient } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { LocalDate } from "@/lib/dates/local-date";
import { auditIntake } from "./audit";
import { intakeStatusFor, type IntakeState, type IntakeStatus } from "./status";
import { createIntakeSchema, type IntakeDraft } from "./schema";
import {
  loadSubmissionAsOf,
  loadSubmissions,
  loadValidMonths,
  resolveSpaToday,
  validityOf,
  type IntakeSubmissionDto,
  type IntakeValidity,
} from "./store";

export type { IntakeSubmissionDto, IntakeValidity } from "./store";

export interface OwnIntake {
  /** The spa's calendar date: the form's date rules and the validity are measured to it. */
  today: LocalDate;
  draft: IntakeDraft | null;
  draftSavedAt: Date | null;
  latest: IntakeSubmissionDto | null;
  validity: IntakeValidity | null;
}

/** The intake schema for this client, its date rules measured to their spa's today. */
export async function intakeSchemaFor(actor: Actor, now = new Date()) {
  assertCan(actor, "intake:manage-own");
  const { today } = await resolveSpaToday(db, actor.userId, now);
  return createIntakeSchema({ today });
}

/** What /account/intake shows the signed-in client: their draft and latest submission. Audited. */
export async function getOwnIntake(actor: Actor, now = new Date()): Promise<OwnIntake> {
  assertCan(actor, "intake:manage-own");
  const { today, locationId } = await resolveSpaToday(db, actor.userId, now);
  const [latest] = await loadSubmissions(db, actor.userId, 1);
  const draft = await db.intakeDraft.findUnique({ where: { clientId: actor.userId }, select: { answers: true, updatedAt: true } });
  const validity = latest ? validityOf(latest.submittedOn, today, await loadValidMonths(db, locationId)) : null;
  await auditIntake(db, actor.userId, {
    action: "intake.read",
    entityType: latest ? "intake_submission" : "client",
    entityId: latest?.id ?? actor.userId,
    details: { purpose: "own-intake", draft: draft !== null },
  });
  return {
    today,
    draft: (draft?.answers as IntakeDraft | undefined) ?? null,
    draftSavedAt: draft?.updatedAt ?? null,
    latest: latest ?? null,
    validity,
  };
}

export interface CurrentIntake {
  state: Exclude<IntakeState, "not-required">;
  latest: IntakeSubmissionDto | null;
  /** The submission before the latest, for "what changed". */
  previous: IntakeSubmissionDto | null;
  validity: IntakeValidity | null;
}

/**
 * A client's latest intake and whether it is current for a visit on `visitDate` (the location's
 * validity, default six months). Server-side only: the CALLER has already authorised the reader
 * (the chart checks the appointment scope; booking reads the client's own). Audited with `readerId`.
 */
export async function getCurrentIntake(
  client: DbClient,
  clientId: string,
  options: { visitDate: LocalDate; locationId: string | null; readerId: string; purpose: string; validMonths?: number },
): Promise<CurrentIntake> {
  const [latest = null, previous = null] = await loadSubmissions(client, clientId, 2);
  // A caller that read the location's intake policy already (a booking, with its service) passes it.
  const validMonths = options.validMonths ?? (await loadValidMonths(client, options.locationId));
  const validity = latest ? validityOf(latest.submittedOn, options.visitDate, validMonths) : null;
  await auditIntake(client, options.readerId, {
    action: "intake.read",
    entityType: latest ? "intake_submission" : "client",
    entityId: latest?.id ?? clientId,
    details: { purpose: options.purpose, clientId },
  });
  const state: CurrentIntake["state"] = !latest ? "missing" : validity?.isCurrent ? "current" : "expired";
  return { state, latest, previous, validity };
}

/**
 * The intake as it stood for a visit: the latest submission made by `asOf` (the visit's end: a form
 * filled in later is for a later visit), and whether it was current on the visit's date. Server-side
 * only, for a caller that has authorised the reader; audited with `readerId`.
 */
export async function getIntakeForVisit(
  client: DbClient,
  clientId: string,
  options: { visitDate: LocalDate; asOf: Date; locationId: string | null; readerId: string; purpose: string },
): Promise<{ state: "current" | "expired" | "missing"; submission: IntakeSubmissionDto | null; validity: IntakeValidity | null }> {
  const submission = await loadSubmissionAsOf(client, clientId, options.asOf);
  const validity = submission
    ? validityOf(submission.submittedOn, options.visitDate, await loadValidMonths(client, options.locationId))
    : null;
  await auditIntake(client, options.readerId, {
    action: "intake.read",
    entityType: submission ? "intake_submission" : "client",
    entityId: submission?.id ?? clientId,
    details: { purpose: options.purpose, clientId },
  });
  return { state: !submission ? "missing" : validity?.isCurrent ? "current" : "expired", submission, validity };
}

/** intakeStatusFor by appointment id, within the actor's appointment scope (NOT_FOUND otherwise). */
export async function intakeStatusForAppointment(actor: Actor, appointmentId: string): Promise<IntakeStatus> {
  assertCan(actor, "booking:view-appointment");
  const appointment = isUuid(appointmentId)
    ? await db.appointment.findFirst({
        where: { id: appointmentId, ...appointmentScope(actor) },
        select: {
          clientId: true,
          startsAt: true,
          service: { select: { requiresIntake: true } },
          location: { select: { id: true, timeZone: true } },
        },
      })
    : null;
  if (!appointment) throw new AppError("NOT_FOUND", "That appointment was not found.");
  return intakeStatusFor(db, appointment);
}
