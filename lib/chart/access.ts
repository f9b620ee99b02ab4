import "server-only";
import { isUuid } from "@/lib/ids/uuid";
import { assertCan } from "@/lib/auth/assert-can";
import type { Action, Actor } from "@/lib/auth/policy";
import { appointmentScope } from "@/lib/auth/scope";
import { recordAudit } from "@/lib/audit/record";
import { db, type DbClient } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { getLocalDate } from "@/lib/dates/local-date";

const chartAppointmentSelect = {
  id: true,
  clientId: true,
  startsAt: true,
  endsAt: true,
  status: true,
  clientNotes: true,
  service: { select: { id: true, name: true, steps: true, requiresIntake: true } },
  staff: { select: { id: true, displayName: true, userId: true } },
  location: { select: { id: true, name: true, timeZone: true, phone: true, email: true } },
  client: { select: { id: true, name: true, email: true, phone: true } },
} as const;

export type ChartAppointment = NonNullable<Awaited<ReturnType<typeof findRow>>> & { visitDate: string };

// A booking the client cancelled, or a waitlist hold not yet claimed, gives no one a reason to read their chart.
const CHART_STATUSES = { notIn: ["CANCELLED", "LATE_CANCELLED", "HELD"] as ("CANCELLED" | "LATE_CANCELLED" | "HELD")[] };

function findRow(client: DbClient, actor: Actor, appointmentId: string) {
  return client.appointment.findFirst({
    where: { id: appointmentId, status: CHART_STATUSES, ...appointmentScope(actor) },
    select: chartAppointmentSelect,
  });
}

/**
 * The appointment whose chart the actor opens, inside their scope (an esthetician: the visits
 * they perform; an admin: all). Anything else is NOT_FOUND, so ids reveal nothing.
 */
export async function requireChartAppointment(
  actor: Actor,
  appointmentId: string,
  action: Action = "chart:view",
  client: DbClient = db,
): Promise<ChartAppointment> {
  assertCan(actor, action);
  const row = isUuid(appointmentId) ? await findRow(client, actor, appointmentId) : null;
  if (!row) throw new AppError("NOT_FOUND", "That appointment was not found.");
  return { ...row, visitDate: getLocalDate(row.startsAt, row.location.timeZone) };
}

/** Every read and write of a chart or note leaves an audit entry. */
export async function auditChart(
  tx: DbClient,
  actor: Actor,
  entry: { action: `chart.${string}` | `note.${string}`; appointmentId: string; details?: Record<string, unknown> },
): Promise<void> {
  await recordAudit(tx, actor, { action: entry.action, entityType: "appointment", entityId: entry.appointmentId, details: entry.details });
}
