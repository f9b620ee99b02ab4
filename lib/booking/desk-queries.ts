import "server-only";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { getLocalDate } from "@/lib/dates/local-date";
import { listSlots } from "@/lib/scheduling";
import { withStaffRules } from "./staff-rules";
import { findBookableService, loadScheduleInput } from "./load-schedule";
import type { SlotQuery } from "./schema";
import { appointmentScope } from "@/lib/auth/scope";
import { deskFlagSummary, evaluateContraindications, type DeskFlag } from "@/lib/contraindications";
import { isUuid } from "@/lib/ids/uuid";
import { loadLatestSubmissions } from "@/lib/intake/store";

export type SlotService = {
  id: string;
  name: string;
  durationMinutes: number;
  priceCents: number;
  currency: string;
  /** Null when it fits at that time; otherwise why not (the esthetician's time, or rooms and equipment). */
  refusal: string | null;
};

/**
 * For the booking panel of an empty cell: the active services that esthetician performs, each
 * with whether it fits at that start under the staff rules (the same engine and data a booking
 * re-checks), and why not. Read only; the booking itself decides.
 */
export async function listServicesForSlot(actor: Actor, query: SlotQuery, now = new Date()): Promise<SlotService[]> {
  assertCan(actor, "booking:book-for-client");
  const staff = await db.staffProfile.findFirst({
    where: { id: query.staffId, active: true },
    select: { services: { where: { service: { active: true } }, select: { service: { select: { id: true } } } } },
  });
  if (!staff) throw new AppError("NOT_FOUND", "That esthetician was not found.");
  const startsAt = new Date(query.startsAt);
  const results: SlotService[] = [];
  for (const { service: row } of staff.services) {
    const found = await findBookableService(db, row.id);
    if (!found) continue;
    const service = withStaffRules(found);
    const date = getLocalDate(startsAt, service.location.timeZone);
    // One slot earlier, as a staff booking does (a walk-in may take the slot in progress).
    const engineNow = new Date(now.getTime() - (service.location.bookingPolicy?.slotIntervalMinutes ?? 15) * 60_000);
    const input = await loadScheduleInput(db, { service, range: { from: date, to: date }, staffId: query.staffId });
    const fits = (options: typeof input) => listSlots({ ...options, now: engineNow }).some((slot) => slot.start === startsAt.getTime());
    const refusal =
      startsAt.getTime() < engineNow.getTime()
        ? "That time has passed."
        : fits(input)
          ? null
          : fits({ ...input, service: { ...input.service, resources: [] } })
            ? "No room or equipment it needs is free then."
            : "Does not fit: it would run into a break, another visit, time off or the end of the day.";
    results.push({
      id: found.id,
      name: found.name,
      durationMinutes: found.durationMinutes,
      priceCents: found.priceCents,
      currency: found.currency,
      refusal,
    });
  }
  return results.sort((a, b) => Number(a.refusal !== null) - Number(b.refusal !== null) || a.name.localeCompare(b.name));
}

/**
 * What a visit's panel adds to the calendar block: the client's email and the flags summary for
 * this visit's treatment and date (severity and the client-facing sentence, never the answers).
 */
export async function getVisitDetails(actor: Actor, appointmentId: string): Promise<{ email: string | null; flags: DeskFlag[] }> {
  assertCan(actor, "booking:view-appointment");
  const visit = isUuid(appointmentId)
    ? await db.appointment.findFirst({
        where: { id: appointmentId, ...appointmentScope(actor) },
        select: {
          clientId: true,
          startsAt: true,
          client: { select: { email: true } },
          service: { select: { steps: true } },
          location: { select: { timeZone: true } },
        },
      })
    : null;
  if (!visit) throw new AppError("NOT_FOUND", "That appointment was not found.");
  const latest = (await loadLatestSubmissions(db, [visit.clientId])).get(visit.clientId);
  const visitDate = getLocalDate(visit.startsAt, visit.location.timeZone);
  const flags = latest ? evaluateContraindications({ intake: latest.answers, steps: visit.service.steps, visitDate }).flags : [];
  return { email: visit.client.email, flags: deskFlagSummary(flags) };
}
