import { z } from "zod";

/** "Nothing has changed — confirm": shared by the confirm form and confirmIntake. */
export const confirmIntakeFormSchema = z.object({
  submissionId: z.uuid(),
  agreed: z.boolean().refine((value) => value, { message: "Please tick the box to confirm and give your consent" }),
  signature: z.string().trim().min(1, "Type your full name to sign").max(120, "Please keep this under 120 characters"),
});
export type ConfirmIntakeInput = z.output<typeof confirmIntakeFormSchema>;
export type ConfirmIntakeFields = z.input<typeof confirmIntakeFormSchema>;
