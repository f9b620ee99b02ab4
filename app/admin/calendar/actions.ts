"use server";

import { revalidatePath } from "next/cache";
import { actionGroup, defineAction } from "@/lib/actions/define-action";
import { bookAppointment } from "@/lib/booking/book-command";
import { listMoveAlternatives } from "@/lib/booking/calendar-queries";
import { getVisitDetails, listServicesForSlot } from "@/lib/booking/desk-queries";
import { moveAppointmentAsAdmin } from "@/lib/booking/move-command";
import {
  adminCancelSchema,
  adminMoveSchema,
  deskBookingSchema,
  markStatusSchema,
  slotQuerySchema,
  type AdminMoveInput,
  type DeskBookingData,
} from "@/lib/booking/schema";
import { cancelAsAdmin, markAppointmentStatus } from "@/lib/booking/status-commands";
import type { Actor } from "@/lib/auth/policy";
import { sendIntakeLinkNow } from "@/lib/clients/commands";
import { clientLookupSchema, clientRefSchema } from "@/lib/clients/schema";
import { searchClients } from "@/lib/clients/search";
import { completeVisit } from "@/lib/consultation/complete-visit";
import { AppError } from "@/lib/errors/app-error";
import { visitSchema } from "@/lib/consultation/schema";

const refresh = () => revalidatePath("/admin", "layout");
const calendar = actionGroup({ permission: "calendar:manage-appointments", onSuccess: refresh });

export const cancelAppointmentAction = calendar(adminCancelSchema, cancelAsAdmin);

/** Check-in and no-show are the desk's; completion is the visit's own command (it needs the signed note). */
export const markAppointmentStatusAction = calendar(markStatusSchema, (actor, input) =>
  input.status === "COMPLETED"
    ? completeVisit(actor, { appointmentId: input.appointmentId })
    : markAppointmentStatus(actor, { appointmentId: input.appointmentId, status: input.status }),
);

/** A refused move comes back with the nearest free times for that esthetician. */
async function moveOrOfferAlternatives(actor: Actor, input: AdminMoveInput) {
  try {
    return { id: (await moveAppointmentAsAdmin(actor, input)).id };
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "CONFLICT") throw error;
    // A visit that can no longer move at all (completed meanwhile) has no alternatives: keep the first message.
    const alternatives = await listMoveAlternatives(actor, input).catch((reason: unknown) => {
      if (reason instanceof AppError) return [];
      throw reason;
    });
    throw new AppError("CONFLICT", error.userMessage, { data: { alternatives } });
  }
}

export const moveAppointmentAction = calendar(adminMoveSchema, moveOrOfferAlternatives);

/** A phone or walk-in booking from an empty cell: the online booking command with the staff options. */
export const bookForClientAction = defineAction({
  permission: "booking:book-for-client",
  schema: deskBookingSchema,
  run: async (actor, input: DeskBookingData) => {
    const { client, overrideReason, overlapReason, ...booking } = input;
    const appointment = await bookAppointment(actor, booking, new Date(), {
      client:
        client.kind === "existing" ? { id: client.clientId } : { create: { name: client.name, phone: client.phone, email: client.email } },
      overrideReason,
      overlapReason,
    });
    return { id: appointment.id };
  },
  onSuccess: refresh,
});

export const servicesForSlotAction = defineAction({
  permission: "booking:book-for-client",
  schema: slotQuerySchema,
  run: (actor, input) => listServicesForSlot(actor, input),
});

export const findClientsAction = defineAction({
  permission: "clients:view",
  schema: clientLookupSchema,
  run: async (actor, input) =>
    (await searchClients(actor, { q: input.q, limit: 8 })).items.map(({ id, name, email, phone }) => ({ id, name, email, phone })),
});

export const visitDetailsAction = defineAction({
  permission: "calendar:view-spa",
  schema: visitSchema,
  run: (actor, input) => getVisitDetails(actor, input.appointmentId),
});

export const sendIntakeLinkAction = defineAction({
  permission: "clients:manage",
  schema: clientRefSchema,
  run: (actor, input) => sendIntakeLinkNow(actor, input),
  onSuccess: refresh,
});
