import { z } from "zod";
import { messages as authMessages, passwordContainsEmail, phone, signUpSchema } from "@/lib/auth/schema";
import { localDate } from "@/lib/validation/fields";

// The sign-up schema's own fields, so an esthetician's first password follows exactly the same
// policy as a client's (length, common passwords) and the same email and phone rules.
const { name, email, password } = signUpSchema.shape;

export const staffServiceIds = z.array(z.uuid("Choose services from the list.")).max(100);

/** Their first working day at the spa (a date in the spa's zone); it may lie ahead for a new hire. */
export const staffStartDate = localDate;

/** Shared by the "new esthetician" form and createEsthetician. */
export const createEstheticianSchema = z
  .object({ name, email, phone, password, startDate: staffStartDate, serviceIds: staffServiceIds.default([]) })
  .superRefine((value, context) => {
    if (passwordContainsEmail(value.password, value.email)) {
      context.addIssue({ code: "custom", path: ["password"], message: authMessages.passwordContainsEmail });
    }
  });
export type CreateEstheticianInput = z.input<typeof createEstheticianSchema>;
export type CreateEstheticianData = z.output<typeof createEstheticianSchema>;

export const staffIdSchema = z.uuid("That esthetician was not found.");

export const setStaffServicesSchema = z.object({ staffId: staffIdSchema, serviceIds: staffServiceIds });
export type SetStaffServicesInput = z.infer<typeof setStaffServicesSchema>;

export const setStaffStartDateSchema = z.object({ staffId: staffIdSchema, startDate: staffStartDate });
export type SetStaffStartDateInput = z.infer<typeof setStaffStartDateSchema>;

export const deactivateStaffSchema = z.object({ staffId: staffIdSchema });
