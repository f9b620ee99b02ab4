import { z } from "zod";
import { isPlausiblePhone } from "@/lib/auth/schema";

/** Shared by the profile form (zodResolver) and updateOwnProfile's safeParse. */
export const profileSchema = z.object({
  name: z.string().trim().min(2, "Enter your full name (at least 2 characters).").max(100, "Keep your name under 100 characters."),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ().-]{7,20}$/, "Enter a phone number we can reach you on, e.g. +1 212 555 0148.")
    .refine((value) => value.replace(/\D/g, "").length >= 7, "Enter a phone number with at least 7 digits."),
});

export type ProfileInput = z.infer<typeof profileSchema>;

// ---- Clients the desk creates (issue 11) -----------------------------------------------------

const optionalEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "Email addresses can be at most 254 characters.")
  .refine((value) => value === "" || z.email().safeParse(value).success, "Enter a valid email address, like name@example.com.")
  .transform((value) => (value === "" ? null : value));

export const clientNameSchema = z
  .string()
  .trim()
  .min(2, "Enter the client's full name (at least 2 characters).")
  .max(100, "Keep the name under 100 characters.");

export const clientPhoneSchema = z
  .string()
  .trim()
  .min(1, "Enter a phone number to reach the client.")
  .refine(isPlausiblePhone, "Enter a phone number with 10 to 15 digits, like (555) 010-0199 or +44 20 7946 0958.");

/** A phone or walk-in client: name and phone; an email is optional (with one they get a set-password link). */
export const newClientSchema = z.object({
  name: clientNameSchema,
  phone: clientPhoneSchema,
  email: optionalEmail.prefault(""),
});
export type NewClientInput = z.input<typeof newClientSchema>;
export type NewClientData = z.output<typeof newClientSchema>;

/** The desk edits a client's contact details (the email only while the client has no password yet). */
export const clientContactSchema = newClientSchema.extend({ clientId: z.uuid("That client was not found.") });
export type ClientContactInput = z.input<typeof clientContactSchema>;
export type ClientContactData = z.output<typeof clientContactSchema>;
