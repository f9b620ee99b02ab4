import { z } from "zod";

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
