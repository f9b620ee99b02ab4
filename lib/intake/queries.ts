import "server-only";
import { isUuid } from "@/lib/ids/uuid";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { appointmentScope } from "@/lib/booking/scope";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { getLocalDate, localDateFromDbDate, type LocalDate } from "@/lib/dates/local-date";
import { auditIntake } from "./audit";
import type { IntakeDraft } from "./schema";
import {
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
  return { today, draft: (draft?.answers as IntakeDraft | undefined) ?? null, draftSavedAt: draft?.updatedAt ?? null, latest: latest ?? null, validity };
}

export type IntakeState = "current" | "expired" | "missing";

export interface CurrentIntake {
  state: IntakeState;
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
  clientId: string,
  options: { visitDate: LocalDate; locationId: string | null; readerId: string; purpose: string },
): Promise<CurrentIntake> {
  const [latest = null, previous = null] = await loadSubmissions(db, clientId, 2);
  const validMonths = await loadValidMonths(db, options.locationId);
  const validity = latest ? validityOf(latest.submittedOn, options.visitDate, validMonths) : null;
  await auditIntake(db, options.readerId, {
    action: "intake.read",
    entityType: latest ? "intake_submission" : "client",
    entityId: latest?.id ?? clientId,
    details: { purpose: options.purpose, clientId },
  });
  const state: IntakeState = !latest ? "missing" : validity?.isCurrent ? "current" : "expired";
  return { state, latest, previous, validity };
}

export type AppointmentIntakeStatus =
  | { state: "not-required" }
  | { state: "missing" }
  | { state: "expired"; submittedOn: LocalDate; expiresOn: LocalDate }
  | { state: "current"; submittedOn: LocalDate; expiresOn: LocalDate };

/**
 * "Intake missing" for an appointment page. Reads only the date of the latest submission, never
 * its answers, so it is not a chart read and writes no audit entry. The caller has already
 * loaded the appointment within the actor's scope.
 */
export async function intakeStatusFor(appointment: {
  clientId: string;
  startsAt: Date;
  service: { requiresIntake: boolean };
  location: { id: string; timeZone: string };
}): Promise<AppointmentIntakeStatus> {
  if (!appointment.service.requiresIntake) return { state: "not-required" };
  const latest = await db.intakeSubmission.findFirst({
    where: { clientId: appointment.clientId },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    select: { submittedOn: true },
  });
  if (!latest) return { state: "missing" };
  const visitDate = getLocalDate(appointment.startsAt, appointment.location.timeZone);
  const validity = validityOf(localDateFromDbDate(latest.submittedOn), visitDate, await loadValidMonths(db, appointment.location.id));
  return { state: validity.isCurrent ? "current" : "expired", submittedOn: validity.submittedOn, expiresOn: validity.expiresOn };
}

/** intakeStatusFor by appointment id, within the actor's appointment scope (NOT_FOUND otherwise). */
export async function intakeStatusForAppointment(actor: Actor, appointmentId: string): Promise<AppointmentIntakeStatus> {
  assertCan(actor, "booking:view-appointment");
  const appointment = isUuid(appointmentId)
    ? await db.appointment.findFirst({
        where: { id: appointmentId, ...appointmentScope(actor) },
        select: { clientId: true, startsAt: true, service: { select: { requiresIntake: true } }, location: { select: { id: true, timeZone: true } } },
      })
    : null;
  if (!appointment) throw new AppError("NOT_FOUND", "That appointment was not found.");
  return intakeStatusFor(appointment);
}
