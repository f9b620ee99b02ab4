import "server-only";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { appointmentScope, clientScope } from "@/lib/auth/scope";
import { loadVisitBadges, type VisitBadges } from "@/lib/booking/visit-badges";
import { deskFlagSummary, evaluateContraindications, type DeskFlag } from "@/lib/contraindications";
import { db } from "@/lib/db/client";
import { getLocalDate, type LocalDate } from "@/lib/dates/local-date";
import { AppError } from "@/lib/errors/app-error";
import { isUuid } from "@/lib/ids/uuid";
import { loadLatestSubmissions, loadValidMonths, validityOf } from "@/lib/intake/store";
import { requireSpaLocation } from "@/lib/location/queries";
import { TreatmentStep } from "@/lib/db/generated/enums";

export type ClientVisit = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  status: string;
  serviceName: string;
  staffName: string;
  badges: VisitBadges;
};

export type ClientProfile = {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  /** Whether they can sign in (a desk-created client has no password until they set one). */
  hasPassword: boolean;
  memberSince: Date;
  lastVisitAt: Date | null;
  preferences: { reminders: boolean; nudges: boolean; preferredStaffId: string | null };
  timeZone: string;
  today: LocalDate;
  upcoming: ClientVisit[];
  past: ClientVisit[];
  counts: { visits: number; noShows: number; lateCancellations: number };
  intake: { state: "missing" | "current" | "expired"; submittedOn: LocalDate | null; expiresOn: LocalDate | null };
  /** Severity and the client-facing sentence only (never answers or staff reasons), over every treatment step. */
  flags: DeskFlag[];
  homecarePlans: { id: string; appointmentId: string; visitStartsAt: Date; state: "DRAFT" | "PUBLISHED"; publishedAt: Date | null }[];
  messages: { id: string; template: string; subject: string; state: string; createdAt: Date }[];
};

const ALL_STEPS = Object.values(TreatmentStep);
const UPCOMING = ["BOOKED", "CHECKED_IN"];

/**
 * A client's page: contact and preferences, visits (an esthetician sees only their own visits
 * with the client), no-show and late-cancel counts, intake status and the flags summary,
 * homecare plans and the messages sent. Out of the actor's client scope: NOT_FOUND.
 */
export async function getClientProfile(actor: Actor, clientId: string, now = new Date()): Promise<ClientProfile> {
  assertCan(actor, "clients:view");
  const client = isUuid(clientId)
    ? await db.user.findFirst({
        where: { id: clientId, ...clientScope(actor) },
        select: {
          id: true,
          name: true,
          email: true,
          phone: true,
          passwordHash: true,
          createdAt: true,
          lastVisitAt: true,
          preferredStaffId: true,
          notificationPreference: { select: { reminders: true, nudges: true } },
        },
      })
    : null;
  if (!client) throw new AppError("NOT_FOUND", "That client was not found.");
  const location = await requireSpaLocation();
  const today = getLocalDate(now, location.timeZone);
  const [appointments, latest, validMonths, plans, messages] = await Promise.all([
    db.appointment.findMany({
      where: { clientId: client.id, status: { not: "HELD" }, ...appointmentScope(actor) },
      orderBy: { startsAt: "desc" },
      select: {
        id: true,
        clientId: true,
        startsAt: true,
        endsAt: true,
        status: true,
        service: { select: { name: true, requiresIntake: true, steps: true } },
        staff: { select: { displayName: true } },
      },
    }),
    loadLatestSubmissions(db, [client.id]),
    loadValidMonths(db, location.id),
    db.homecarePlan.findMany({
      where: { clientId: client.id, appointment: appointmentScope(actor) },
      orderBy: { createdAt: "desc" },
      select: { id: true, appointmentId: true, state: true, publishedAt: true, appointment: { select: { startsAt: true } } },
    }),
    db.emailMessage.findMany({
      where: { clientId: client.id },
      orderBy: { createdAt: "desc" },
      take: 20,
      select: { id: true, template: true, subject: true, state: true, createdAt: true },
    }),
  ]);
  const badges = await loadVisitBadges(db, appointments, location);
  const visits = appointments.map((row) => ({
    id: row.id,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    status: row.status,
    serviceName: row.service.name,
    staffName: row.staff.displayName,
    badges: badges.get(row.id)!,
  }));
  const isUpcoming = (visit: ClientVisit) => UPCOMING.includes(visit.status) && visit.endsAt > now;
  const submission = latest.get(client.id) ?? null;
  const validity = submission ? validityOf(submission.submittedOn, today, validMonths) : null;
  return {
    id: client.id,
    name: client.name,
    email: client.email,
    phone: client.phone,
    hasPassword: client.passwordHash !== null,
    memberSince: client.createdAt,
    lastVisitAt: client.lastVisitAt,
    preferences: {
      reminders: client.notificationPreference?.reminders ?? true,
      nudges: client.notificationPreference?.nudges ?? true,
      preferredStaffId: client.preferredStaffId,
    },
    timeZone: location.timeZone,
    today,
    upcoming: visits.filter(isUpcoming).reverse(),
    past: visits.filter((visit) => !isUpcoming(visit)),
    counts: {
      visits: visits.filter((visit) => visit.status === "COMPLETED" || visit.status === "CHECKED_IN").length,
      noShows: visits.filter((visit) => visit.status === "NO_SHOW").length,
      lateCancellations: visits.filter((visit) => visit.status === "LATE_CANCELLED").length,
    },
    intake: {
      state: !validity ? "missing" : validity.isCurrent ? "current" : "expired",
      submittedOn: validity?.submittedOn ?? null,
      expiresOn: validity?.expiresOn ?? null,
    },
    flags: submission
      ? deskFlagSummary(evaluateContraindications({ intake: submission.answers, steps: ALL_STEPS, visitDate: today }).flags)
      : [],
    homecarePlans: plans.map((plan) => ({
      id: plan.id,
      appointmentId: plan.appointmentId,
      visitStartsAt: plan.appointment.startsAt,
      state: plan.state,
      publishedAt: plan.publishedAt,
    })),
    messages,
  };
}

/** The other clients a duplicate could be (same phone digits or email, or a similar name), for the merge form. */
export async function listMergeCandidates(
  actor: Actor,
  clientId: string,
): Promise<{ id: string; name: string; email: string | null; phone: string | null }[]> {
  assertCan(actor, "clients:merge");
  const client = await db.user.findFirst({ where: { id: clientId, ...clientScope(actor) }, select: { id: true, name: true } });
  if (!client) throw new AppError("NOT_FOUND", "That client was not found.");
  return db.$queryRaw`
    SELECT u.id, u.name, u.email, u.phone FROM app_user u, app_user c
    WHERE c.id = ${client.id}::uuid AND u.id <> c.id AND u.role = 'CLIENT' AND u.merged_into_id IS NULL
      AND (lower(u.name) % lower(c.name)
           OR (u.email IS NOT NULL AND u.email = c.email)
           OR (length(regexp_replace(coalesce(c.phone, ''), '\\D', '', 'g')) >= 7
               AND regexp_replace(coalesce(u.phone, ''), '\\D', '', 'g') = regexp_replace(coalesce(c.phone, ''), '\\D', '', 'g')))
    ORDER BY similarity(lower(u.name), lower(c.name)) DESC, u.id
    LIMIT 10`;
}

/** The active estheticians, for a client's "preferred esthetician". */
export async function listActiveEstheticians(actor: Actor): Promise<{ id: string; name: string }[]> {
  assertCan(actor, "clients:view");
  const rows = await db.staffProfile.findMany({
    where: { active: true },
    orderBy: { displayName: "asc" },
    select: { id: true, displayName: true },
  });
  return rows.map((row) => ({ id: row.id, name: row.displayName }));
}
