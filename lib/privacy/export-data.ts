import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { localDateFromDbDate } from "@/lib/dates/local-date";
import { formatPrice } from "@/lib/format/money";
import { formatDateTime } from "@/lib/format/zoned";
import { SECTION_LABELS } from "@/lib/homecare/schema";
import { PLAN_SECTIONS, type HomecarePlan } from "@/lib/homecare/types";
import { describeField, flattenAnswers, INTAKE_FIELD_ORDER } from "@/lib/intake";
import type { SpaLocation } from "@/lib/location/queries";
import { accountSections } from "./export-account-sections";
import { mapRows, paged, type ExportProfile, type ExportRow, type ExportSection } from "./export-rows";
import { clientPlanSections, clientVisibleNote } from "./views";

export type { ExportProfile, ExportRow, ExportSection };

/**
 * Everything held about one client, as sections of rows read page by page (so an export of years
 * of visits and messages never sits in memory at once). Each section gives its rows as JSON and a
 * readable form (a title and lines) for the PDF; both exports walk the same sections, so the PDF
 * can never miss what the JSON has. Staff-only material is left out by construction: notes pass
 * through clientVisibleNote, plans through clientPlanSections, drafts of either are not read.
 */
export async function readExportProfile(actor: Actor): Promise<ExportProfile> {
  const user = await db.user.findFirstOrThrow({
    where: { id: actor.userId, erasedAt: null },
    select: {
      id: true,
      name: true,
      email: true,
      phone: true,
      createdAt: true,
      lastVisitAt: true,
      birthDate: true,
      marketingConsentAt: true,
      preferredStaff: { select: { displayName: true } },
      notificationPreference: { select: { reminders: true, nudges: true, waitlist: true } },
    },
  });
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    phone: user.phone,
    clientSince: user.createdAt.toISOString(),
    lastVisitAt: user.lastVisitAt?.toISOString() ?? null,
    dateOfBirth: user.birthDate ? localDateFromDbDate(user.birthDate) : null,
    marketingEmailAgreedAt: user.marketingConsentAt?.toISOString() ?? null,
    preferredEsthetician: user.preferredStaff?.displayName ?? null,
    emailPreferences: {
      reminders: user.notificationPreference?.reminders ?? true,
      rebookingNudges: user.notificationPreference?.nudges ?? true,
      waitlistOffers: user.notificationPreference?.waitlist ?? true,
    },
  };
}

export function exportSections(actor: Actor, spa: Pick<SpaLocation, "timeZone">): ExportSection[] {
  const clientId = actor.userId;
  const when = (date: Date) => formatDateTime(date, spa.timeZone, { date: "long", time: "short" });
  const day = (date: Date) => formatDateTime(date, spa.timeZone, { date: "long" });
  const iso = (date: Date | null) => date?.toISOString() ?? null;

  return [
    {
      key: "appointments",
      title: "Appointments",
      empty: "No appointments.",
      rows: () =>
        mapRows(
          paged((page) =>
            db.appointment.findMany({
              ...page,
              where: { clientId },
              orderBy: [{ startsAt: "asc" }, { id: "asc" }],
              select: {
                id: true,
                startsAt: true,
                endsAt: true,
                status: true,
                priceCents: true,
                currency: true,
                clientNotes: true,
                cancellationReason: true,
                cancelledAt: true,
                service: { select: { name: true } },
                staff: { select: { displayName: true } },
              },
            }),
          ),
          (row) => ({
            json: {
              id: row.id,
              service: row.service.name,
              esthetician: row.staff.displayName,
              startsAt: iso(row.startsAt),
              endsAt: iso(row.endsAt),
              status: row.status,
              price: { cents: row.priceCents, currency: row.currency },
              yourNotes: row.clientNotes,
              cancellationReason: row.cancellationReason,
              cancelledAt: iso(row.cancelledAt),
            },
            title: `${when(row.startsAt)} · ${row.service.name}`,
            lines: [
              `With ${row.staff.displayName} · ${statusLabel(row.status)} · ${formatPrice(row.priceCents, row.currency)}`,
              ...(row.clientNotes ? [`Your notes: ${row.clientNotes}`] : []),
              ...(row.cancellationReason ? [`Cancellation reason: ${row.cancellationReason}`] : []),
            ],
          }),
        ),
    },
    {
      key: "intakes",
      title: "Health and skin intakes you signed",
      empty: "No signed intakes.",
      rows: () =>
        mapRows(
          paged((page) =>
            db.intakeSubmission.findMany({
              ...page,
              where: { clientId },
              orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
              select: {
                id: true,
                formVersion: true,
                answers: true,
                submittedAt: true,
                signature: true,
                consentAgreed: true,
                confirmedFromId: true,
              },
            }),
          ),
          (row) => ({
            json: {
              id: row.id,
              submittedAt: iso(row.submittedAt),
              formVersion: row.formVersion,
              answers: row.answers,
              signature: row.signature,
              consentAgreed: row.consentAgreed,
              confirmsEarlierIntake: row.confirmedFromId,
            },
            title: `Signed ${when(row.submittedAt)}${row.confirmedFromId ? " (confirmed as unchanged)" : ""}`,
            lines: [...describeAnswers(row.answers), `Signed by: ${row.signature}`],
          }),
        ),
    },
    {
      key: "intakeDraft",
      title: "Intake you have started but not signed",
      empty: "No unsigned intake.",
      rows: () =>
        mapRows(
          paged(async () => {
            const draft = await db.intakeDraft.findUnique({
              where: { clientId },
              select: { clientId: true, answers: true, updatedAt: true },
            });
            return draft ? [{ ...draft, id: draft.clientId }] : [];
          }),
          (row) => ({
            json: { updatedAt: iso(row.updatedAt), answers: row.answers },
            title: `Last saved ${when(row.updatedAt)}`,
            lines: describeAnswers(row.answers),
          }),
        ),
    },
    treatmentsSection(clientId, when, iso),
    {
      key: "homecarePlans",
      title: "Homecare plans",
      empty: "No published homecare plans.",
      rows: () =>
        mapRows(
          paged((page) =>
            db.homecarePlan.findMany({
              ...page,
              where: { clientId, state: "PUBLISHED" },
              orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
              select: { id: true, content: true, publishedAt: true, appointmentId: true },
            }),
          ),
          (row) => {
            const plan = row.content as unknown as HomecarePlan;
            const sections = clientPlanSections(plan.sections, SECTION_LABELS, PLAN_SECTIONS);
            const nextVisit =
              plan.nextVisit.bookable === false
                ? "Talk to the spa before booking"
                : `Between ${plan.nextVisit.from} and ${plan.nextVisit.to}`;
            return {
              json: {
                id: row.id,
                appointmentId: row.appointmentId,
                visitDate: plan.visitDate,
                publishedAt: iso(row.publishedAt),
                activesMayResumeOn: plan.activesResumeOn?.date ?? null,
                nextVisit,
                sections,
              },
              title: `After your visit on ${plan.visitDate}`,
              lines: [
                ...(plan.activesResumeOn ? [`Actives may resume on ${plan.activesResumeOn.date}`] : []),
                `Next visit: ${nextVisit}`,
                ...sections.flatMap((section) => [`${section.section}:`, ...section.lines.map((line) => `  • ${line.text}`)]),
              ],
            };
          },
        ),
    },
    ...accountSections(clientId, { when, day, iso }),
  ];
}

/** Signed notes only, through clientVisibleNote; product names are read per page of notes, not per note. */
function treatmentsSection(clientId: string, when: (date: Date) => string, iso: (date: Date | null) => string | null): ExportSection {
  const notes = () =>
    paged((page) =>
      db.treatmentNote.findMany({
        ...page,
        where: { appointment: { clientId }, signedAt: { not: null } },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          content: true,
          signedAt: true,
          appointment: {
            select: { id: true, startsAt: true, service: { select: { name: true } }, staff: { select: { displayName: true } } },
          },
        },
      }),
    );
  return {
    key: "treatments",
    title: "Your treatments",
    empty: "No treatment records.",
    async *rows() {
      const names = new Map<string, string>();
      for await (const note of notes()) {
        const content = (note.content ?? {}) as Parameters<typeof clientVisibleNote>[0];
        const missing = (content.productIds ?? []).filter((id) => !names.has(id));
        if (missing.length > 0) {
          const products = await db.product.findMany({ where: { id: { in: missing } }, select: { id: true, name: true } });
          for (const product of products) names.set(product.id, product.name);
        }
        const view = clientVisibleNote(content, names);
        const { appointment } = note;
        yield {
          json: {
            appointmentId: appointment.id,
            visitAt: iso(appointment.startsAt),
            service: appointment.service.name,
            esthetician: appointment.staff.displayName,
            signedAt: iso(note.signedAt),
            ...view,
          },
          title: `${when(appointment.startsAt)} · ${appointment.service.name} with ${appointment.staff.displayName}`,
          lines: [
            `Steps performed: ${view.stepsPerformed.join(", ") || "none recorded"}`,
            ...(view.stepsSkipped.length > 0 ? [`Steps left out: ${view.stepsSkipped.join(", ")}`] : []),
            ...(view.products.length > 0 ? [`Products used: ${view.products.join(", ")}`] : []),
            ...(view.skinResponse ? [`How your skin responded: ${view.skinResponse}`] : []),
          ],
        };
      }
    },
  };
}

function describeAnswers(answers: unknown): string[] {
  const flat = flattenAnswers(answers);
  const order = new Map(INTAKE_FIELD_ORDER.map((path, index) => [path, index]));
  return [...flat.entries()]
    .filter(([path]) => path !== "consent.signature")
    .sort(([a], [b]) => (order.get(a) ?? Number.MAX_SAFE_INTEGER) - (order.get(b) ?? Number.MAX_SAFE_INTEGER))
    .map(([path, value]) => describeField(path, value));
}

const STATUS_LABELS: Record<string, string> = {
  BOOKED: "booked",
  CHECKED_IN: "checked in",
  COMPLETED: "completed",
  CANCELLED: "cancelled",
  LATE_CANCELLED: "cancelled late",
  NO_SHOW: "missed",
};
const statusLabel = (status: string) => STATUS_LABELS[status] ?? status.toLowerCase();
