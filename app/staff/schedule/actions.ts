"use server";

import { defineAction } from "@/lib/actions/define-action";
import { getVisitDetails } from "@/lib/booking/desk-queries";
import { visitSchema } from "@/lib/consultation/schema";

/** A visit's email and flags summary for the esthetician's own panel (their visits only: the appointment scope). */
export const ownVisitDetailsAction = defineAction({
  permission: "staff:view-own-schedule",
  schema: visitSchema,
  run: (actor, input) => getVisitDetails(actor, input.appointmentId),
});
