import { z } from "zod";
import { ALLERGEN_LABELS } from "./ingredients";
import { CONCERN_LABELS, FITZPATRICK_LABELS, SKIN_TYPE_LABELS, keysOf } from "./options";
import { optionalText, phone, requiredText } from "./fields";

// FACTS.md "What an intake form asks": contact, emergency contact, physician.
export const contactSection = z.object({
  fullName: requiredText("Enter your full name"),
  email: z.email({ error: "Enter a valid email address" }).max(254),
  phone: phone("Enter a phone number we can reach you on"),
});

export const emergencyContactSection = z.object({
  name: requiredText("Enter the name of someone we can call in an emergency"),
  phone: phone("Enter your emergency contact's phone number"),
  relationship: optionalText(60),
});

export const physicianSection = z.object({
  name: optionalText(120),
  phone: optionalText(30),
});

// FACTS.md "Skin classification" and "What an intake form asks": routine, goals and concerns.
export const skinSection = z.object({
  type: z.enum(keysOf(SKIN_TYPE_LABELS), { error: "Choose your skin type" }),
  fitzpatrick: z.enum(keysOf(FITZPATRICK_LABELS), { error: "Choose how your skin reacts to the sun, or “Not sure”" }),
  concerns: z.array(z.enum(keysOf(CONCERN_LABELS))).default([]),
  goals: optionalText(1000),
  routine: optionalText(2000),
});

export const allergiesSection = z.object({
  ingredients: z.array(z.enum(keysOf(ALLERGEN_LABELS))).default([]),
  other: optionalText(500),
});

/** Checked against the contact name in the whole-form refinement (lib/intake/schema.ts). */
export const consentSection = z.object({
  agreed: z.boolean(),
  signature: z.string().trim().max(120, "Please keep this under 120 characters"),
  // The photo consents (lib/intake/photo-consent-text.ts): optional, each on its own, and kept as
  // their own revocable record when the intake is submitted.
  clinicalPhotos: z.boolean().default(false),
  marketingPhotos: z.boolean().default(false),
});
