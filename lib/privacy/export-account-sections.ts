import "server-only";
import { db } from "@/lib/db/client";
import { localDateFromDbDate } from "@/lib/dates/local-date";
import { mapRows, paged, type ExportSection } from "./export-rows";

type Formats = { when: (date: Date) => string; day: (date: Date) => string; iso: (date: Date | null) => string | null };

/** The sections about the client's account rather than their visits: messages, consents, photos, waitlist, requests, sessions. */
export function accountSections(clientId: string, { when, day, iso }: Formats): ExportSection[] {
  return [
    {
      key: "messages",
      title: "Messages the spa sent you",
      empty: "No messages.",
      rows: () =>
        mapRows(
          paged((page) =>
            db.emailMessage.findMany({
              ...page,
              where: { OR: [{ clientId }, { appointment: { clientId } }], state: { notIn: ["SCHEDULED", "CANCELLED"] } },
              orderBy: [{ createdAt: "asc" }, { id: "asc" }],
              select: { id: true, toAddress: true, subject: true, template: true, state: true, text: true, createdAt: true, sentAt: true },
            }),
          ),
          (row) => ({
            json: {
              id: row.id,
              to: row.toAddress,
              subject: row.subject,
              kind: row.template,
              state: row.state,
              writtenAt: iso(row.createdAt),
              sentAt: iso(row.sentAt),
              text: row.text,
            },
            title: `${when(row.sentAt ?? row.createdAt)} · ${row.subject}`,
            lines: [`To ${row.toAddress}`, ...row.text.split("\n").filter((line) => line.trim() !== "")],
          }),
        ),
    },
    {
      key: "photoConsents",
      title: "Photo consents",
      empty: "No photo consent given or withdrawn.",
      rows: () =>
        mapRows(
          paged((page) =>
            db.photoConsent.findMany({
              ...page,
              where: { clientId },
              orderBy: [{ recordedAt: "asc" }, { id: "asc" }],
              select: { id: true, kind: true, granted: true, formVersion: true, source: true, recordedAt: true },
            }),
          ),
          (row) => ({
            json: {
              id: row.id,
              kind: row.kind,
              granted: row.granted,
              consentTextVersion: row.formVersion,
              givenFrom: row.source === "INTAKE" ? "intake" : "account",
              recordedAt: iso(row.recordedAt),
            },
            title: `${when(row.recordedAt)} · ${row.kind === "CLINICAL" ? "Clinical photos" : "Marketing use of photos"}`,
            lines: [
              `${row.granted ? "Given" : "Withdrawn"} (consent text version ${row.formVersion}, from ${row.source === "INTAKE" ? "your intake" : "your account"})`,
            ],
          }),
        ),
    },
    {
      key: "photos",
      title: "Clinical photos taken of you",
      empty: "No clinical photos.",
      rows: () =>
        mapRows(
          paged((page) =>
            db.clinicalPhoto.findMany({
              ...page,
              where: { clientId },
              orderBy: [{ createdAt: "asc" }, { id: "asc" }],
              select: { id: true, angle: true, phase: true, zone: true, createdAt: true, appointmentId: true },
            }),
          ),
          (row) => ({
            json: {
              id: row.id,
              appointmentId: row.appointmentId,
              angle: row.angle,
              phase: row.phase,
              zone: row.zone,
              takenAt: iso(row.createdAt),
            },
            title: `${when(row.createdAt)} · ${row.phase === "BEFORE" ? "Before" : "After"} treatment`,
            lines: [
              `Angle: ${row.angle.toLowerCase().replaceAll("_", " ")}${row.zone ? ` · area: ${row.zone}` : ""}. Ask the spa for a copy of the image.`,
            ],
          }),
        ),
    },
    {
      key: "waitlist",
      title: "Your waitlist entries",
      empty: "You have not joined the waitlist.",
      rows: () =>
        mapRows(
          paged((page) =>
            db.waitlistEntry.findMany({
              ...page,
              where: { clientId },
              orderBy: [{ createdAt: "asc" }, { id: "asc" }],
              select: {
                id: true,
                fromDate: true,
                toDate: true,
                weekdays: true,
                dayParts: true,
                status: true,
                createdAt: true,
                service: { select: { name: true } },
                staff: { select: { displayName: true } },
                offers: { orderBy: { offeredAt: "asc" }, select: { slotStartsAt: true, status: true, offeredAt: true, expiresAt: true } },
              },
            }),
          ),
          (row) => {
            const [from, to] = [localDateFromDbDate(row.fromDate), localDateFromDbDate(row.toDate)];
            return {
              json: {
                id: row.id,
                service: row.service.name,
                esthetician: row.staff?.displayName ?? null,
                fromDate: from,
                toDate: to,
                weekdays: row.weekdays,
                timesOfDay: row.dayParts,
                status: row.status,
                joinedAt: iso(row.createdAt),
                offers: row.offers.map((offer) => ({
                  time: iso(offer.slotStartsAt),
                  status: offer.status,
                  offeredAt: iso(offer.offeredAt),
                  expiresAt: iso(offer.expiresAt),
                })),
              },
              title: `${row.service.name} · ${from} to ${to}`,
              lines: [
                `${row.staff ? `With ${row.staff.displayName}` : "Any esthetician"} · ${row.status.toLowerCase()} · joined ${day(row.createdAt)}`,
                ...row.offers.map((offer) => `Offered ${when(offer.slotStartsAt)}: ${offer.status.toLowerCase()}`),
              ],
            };
          },
        ),
    },
    {
      key: "privacyRequests",
      title: "Your erasure requests",
      empty: "No erasure requests.",
      rows: () =>
        mapRows(
          paged((page) =>
            db.privacyRequest.findMany({
              ...page,
              where: { clientId },
              orderBy: [{ requestedAt: "asc" }, { id: "asc" }],
              select: { id: true, status: true, requestedAt: true, decidedAt: true, declineReason: true },
            }),
          ),
          (row) => ({
            json: {
              id: row.id,
              status: row.status,
              requestedAt: iso(row.requestedAt),
              decidedAt: iso(row.decidedAt),
              declineReason: row.declineReason,
            },
            title: `Asked ${day(row.requestedAt)}`,
            lines: [`${row.status.toLowerCase()}${row.declineReason ? `: ${row.declineReason}` : ""}`],
          }),
        ),
    },
    {
      key: "sessions",
      title: "Where you are signed in",
      empty: "No sessions.",
      rows: () =>
        mapRows(
          paged((page) =>
            db.userSession.findMany({
              ...page,
              where: { userId: clientId },
              orderBy: [{ createdAt: "asc" }, { id: "asc" }],
              select: { id: true, createdAt: true, lastSeenAt: true, userAgent: true, ip: true },
            }),
          ),
          (row) => ({
            json: { startedAt: iso(row.createdAt), lastActiveAt: iso(row.lastSeenAt), browser: row.userAgent, address: row.ip },
            title: `Signed in ${when(row.createdAt)}`,
            lines: [`Last active ${when(row.lastSeenAt)} from ${row.ip || "an unknown address"}`, row.userAgent].filter(Boolean),
          }),
        ),
    },
  ];
}
