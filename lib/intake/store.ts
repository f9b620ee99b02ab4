import "server-only";
import { findSpaLocation } from "@/lib/location/queries";
import type { DbClient } from "@/lib/db/client";
import { getLocalDate, localDateFromDbDate, type LocalDate } from "@/lib/dates/local-date";
import type { IntakeAnswers } from "./schema";
import { DEFAULT_INTAKE_VALID_MONTHS, intakeExpiresOn, isIntakeCurrent } from "./validity";

export const submissionSelect = {
  id: true,
  clientId: true,
  formVersion: true,
  answers: true,
  submittedOn: true,
  submittedAt: true,
  signature: true,
  confirmedFromId: true,
} as const;

export interface IntakeSubmissionDto {
  id: string;
  clientId: string;
  formVersion: number;
  answers: IntakeAnswers;
  submittedOn: LocalDate;
  submittedAt: Date;
  signature: string;
  /** Set when the client confirmed an earlier submission without changes. */
  confirmedFromId: string | null;
}

type SubmissionRow = {
  id: string;
  clientId: string;
  formVersion: number;
  answers: unknown;
  submittedOn: Date;
  submittedAt: Date;
  signature: string;
  confirmedFromId: string | null;
};

export function toSubmissionDto(row: SubmissionRow): IntakeSubmissionDto {
  return { ...row, answers: row.answers as IntakeAnswers, submittedOn: localDateFromDbDate(row.submittedOn) };
}

/** The client's submissions, newest first. */
export async function loadSubmissions(client: DbClient, clientId: string, take = 2): Promise<IntakeSubmissionDto[]> {
  const rows = await client.intakeSubmission.findMany({
    where: { clientId },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    take,
    select: submissionSelect,
  });
  return rows.map(toSubmissionDto);
}

/** The client's latest submission made no later than `asOf` (the intake as it stood at a visit), or null. */
export async function loadSubmissionAsOf(client: DbClient, clientId: string, asOf: Date): Promise<IntakeSubmissionDto | null> {
  const row = await client.intakeSubmission.findFirst({
    where: { clientId, submittedAt: { lte: asOf } },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    select: submissionSelect,
  });
  return row ? toSubmissionDto(row) : null;
}

export type IntakeRequirement = "AT_BOOKING" | "BEFORE_VISIT";

/** The intake reminders go this many hours before the visit unless the spa sets its own cadence. */
export const DEFAULT_REMINDER_LEAD_HOURS: readonly number[] = [48];

export interface IntakePolicyValues {
  validMonths: number;
  /** AT_BOOKING: a current intake is needed to book online; BEFORE_VISIT (default): only before the visit. */
  requiredAt: IntakeRequirement;
  reminderLeadHours: readonly number[];
}

/** The location's intake policy (no row: the defaults). */
export async function loadIntakePolicy(client: DbClient, locationId: string | null): Promise<IntakePolicyValues> {
  const row = locationId
    ? await client.intakePolicy.findUnique({
        where: { locationId },
        select: { validMonths: true, requiredAt: true, reminderLeadHours: true },
      })
    : null;
  return intakePolicyValues(row);
}

/** A location's intake policy row (or none) as the values that apply: the defaults where it has none. */
export function intakePolicyValues(row: Partial<IntakePolicyValues> | null): IntakePolicyValues {
  return {
    validMonths: row?.validMonths ?? DEFAULT_INTAKE_VALID_MONTHS,
    requiredAt: row?.requiredAt ?? "BEFORE_VISIT",
    reminderLeadHours: row?.reminderLeadHours ?? DEFAULT_REMINDER_LEAD_HOURS,
  };
}

/** The location's intake validity in months (no row: the six-month default). */
export async function loadValidMonths(client: DbClient, locationId: string | null): Promise<number> {
  return (await loadIntakePolicy(client, locationId)).validMonths;
}

/**
 * The spa the client deals with: the location of their next (else latest) appointment, else the
 * first location. Its zone gives "today" for the intake's date rules; its policy the validity.
 */
export async function resolveClientLocation(client: DbClient, clientId: string, now: Date) {
  const select = { location: { select: { id: true, timeZone: true } } } as const;
  const next =
    (await client.appointment.findFirst({ where: { clientId, startsAt: { gte: now } }, orderBy: { startsAt: "asc" }, select })) ??
    (await client.appointment.findFirst({ where: { clientId }, orderBy: { startsAt: "desc" }, select }));
  if (next) return next.location;
  return findSpaLocation(client);
}

export async function resolveSpaToday(client: DbClient, clientId: string, now: Date) {
  const location = await resolveClientLocation(client, clientId, now);
  return { today: getLocalDate(now, location?.timeZone ?? "UTC"), locationId: location?.id ?? null };
}

export interface IntakeValidity {
  submittedOn: LocalDate;
  expiresOn: LocalDate;
  isCurrent: boolean;
}

export function validityOf(submittedOn: LocalDate, visitDate: LocalDate, validMonths: number): IntakeValidity {
  return {
    submittedOn,
    expiresOn: intakeExpiresOn(submittedOn, validMonths),
    isCurrent: isIntakeCurrent(submittedOn, visitDate, validMonths),
  };
}

/**
 * The latest submission of each client, in one query (a calendar's badges, the desk's flag
 * summaries). Server-side only: callers show what is derived from it (a severity, a client-facing
 * sentence), never the answers.
 */
export async function loadLatestSubmissions(client: DbClient, clientIds: readonly string[]): Promise<Map<string, IntakeSubmissionDto>> {
  const ids = [...new Set(clientIds)];
  if (ids.length === 0) return new Map();
  const rows = await client.$queryRaw<
    {
      id: string;
      client_id: string;
      form_version: number;
      answers: unknown;
      submitted_on: Date;
      submitted_at: Date;
      signature: string;
      confirmed_from_id: string | null;
    }[]
  >`
    SELECT DISTINCT ON (client_id) id, client_id, form_version, answers, submitted_on, submitted_at, signature, confirmed_from_id
    FROM intake_submission WHERE client_id = ANY(${ids}::uuid[]) ORDER BY client_id, submitted_at DESC, id DESC`;
  return new Map(
    rows.map((row) => [
      row.client_id,
      toSubmissionDto({
        id: row.id,
        clientId: row.client_id,
        formVersion: row.form_version,
        answers: row.answers,
        submittedOn: row.submitted_on,
        submittedAt: row.submitted_at,
        signature: row.signature,
        confirmedFromId: row.confirmed_from_id,
      }),
    ]),
  );
}
