"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { markAppointmentStatus } from "@/lib/booking/status-commands";
import { sendIntakeLinkNow } from "@/lib/clients/commands";
import { clientRefSchema } from "@/lib/clients/schema";
import { visitSchema } from "@/lib/consultation/schema";

const refresh = () => revalidatePath("/desk");

export const checkInAction = defineAction({
  permission: "calendar:manage-appointments",
  schema: visitSchema,
  run: (actor, input) => markAppointmentStatus(actor, { appointmentId: input.appointmentId, status: "CHECKED_IN" }),
  onSuccess: refresh,
});

export const sendIntakeLinkAction = defineAction({
  permission: "clients:manage",
  schema: clientRefSchema,
  run: (actor, input) => sendIntakeLinkNow(actor, input),
  onSuccess: refresh,
});
