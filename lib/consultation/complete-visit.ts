import "server-only";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { setVisitStatus } from "@/lib/booking/status-commands";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

/**
 * Marks a visit completed, for the esthetician who performed it (the chart) and for admins (the
 * calendar) alike. A visit is complete only once it has started and its treatment note is signed
 * (notes that hold up); the note is read in the transaction that writes the status, so a
 * signature and a completion can never pass each other.
 */
export async function completeVisit(actor: Actor, input: { appointmentId: string }, now = new Date()) {
  assertCan(actor, "visit:complete");
  return db.$transaction((tx) =>
    setVisitStatus(tx, actor, {
      appointmentId: input.appointmentId,
      to: "COMPLETED",
      now,
      precondition: async () => {
        const note = await tx.treatmentNote.findUnique({ where: { appointmentId: input.appointmentId }, select: { signedAt: true } });
        if (!note?.signedAt) throw new AppError("CONFLICT", "Sign the treatment note before completing the appointment.");
      },
    }),
  );
}
