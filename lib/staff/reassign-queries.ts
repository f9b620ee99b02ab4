import "server-only";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { listReassignTargets } from "@/lib/booking/move-command";
import { listFutureAppointments } from "@/lib/staff/admin-queries";

// Each row runs the availability engine once; past this many the admin works from the calendar.
const MAX_ROWS = 30;

/**
 * An esthetician's upcoming booked visits, each with the colleagues who could take it at the
 * same time (qualified, active, free, rooms available), for reassignment before deactivation.
 */
export async function listUpcomingWithTargets(actor: Actor, staffId: string, now = new Date()) {
  assertCan(actor, "calendar:manage-appointments");
  const upcoming = await listFutureAppointments(db, staffId, now);
  const names = new Map((await db.staffProfile.findMany({ select: { id: true, displayName: true } })).map((s) => [s.id, s.displayName]));
  const rows = [];
  for (const appointment of upcoming.slice(0, MAX_ROWS)) {
    const targetIds = await listReassignTargets(actor, appointment.id, now).catch((error: unknown) => {
      // An archived service cannot be moved; the row still offers "cancel".
      if (error instanceof AppError && error.code === "CONFLICT") return [];
      throw error;
    });
    rows.push({ ...appointment, targets: targetIds.map((id) => ({ id, name: names.get(id) ?? "Esthetician" })) });
  }
  return { rows, total: upcoming.length };
}
