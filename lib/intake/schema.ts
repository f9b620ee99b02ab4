import { z } from "zod";
import { toDraftObject, type DeepPartial } from "./draft";
import { dateBoundsFor, type DateBounds } from "./fields";
import type { LocalDate } from "@/lib/dates/local-date";
import { healthSections } from "./sections-health";
import { historySections } from "./sections-history";
import {
  allergiesSection,
  consentSection,
  contactSection,
  emergencyContactSection,
  physicianSection,
  skinSection,
} from "./sections-profile";
import { withNoneApply } from "./none-apply";
import { signatureMatchesName } from "./signature";

/**
 * Stored with every submission. Bump it when a question, a stored value or a rule changes meaning,
 * so a chart can tell which form an answer came from. (Adding `<section>.noneApply` changed no
 * meaning: an earlier submission simply has none, docs/decisions/0032.)
 */
export const INTAKE_FORM_VERSION = 1;

function buildIntakeObject(bounds: DateBounds) {
  const health = healthSections(bounds);
  const history = historySections(bounds);
  return z.object({
    contact: contactSection,
    emergencyContact: emergencyContactSection,
    physician: physicianSection,
    medical: withNoneApply(health.medical),
    currentHealth: withNoneApply(health.currentHealth),
    actives: health.actives,
    pregnancy: withNoneApply(health.pregnancy),
    skinHistory: withNoneApply(health.skinHistory),
    devices: withNoneApply(health.devices),
    hairRemoval: withNoneApply(history.hairRemoval),
    procedures: withNoneApply(history.procedures),
    lifestyle: withNoneApply(history.lifestyle),
    skin: skinSection,
    allergies: withNoneApply(allergiesSection),
    consent: consentSection,
  });
}

type IntakeObject = ReturnType<typeof buildIntakeObject>;

// Consent and signature are checked across sections; this runs even while other fields are invalid,
// so the form shows every problem at once.
function checkConsent(answers: z.output<IntakeObject>, ctx: z.RefinementCtx): void {
  // Runs even when the input is not an object at all (then there is nothing to check across).
  if (typeof answers !== "object" || answers === null) return;
  const { consent, contact } = answers;
  if (consent?.agreed !== true) {
    ctx.addIssue({ code: "custom", path: ["consent", "agreed"], message: "Please tick the box to give your consent" });
  }
  const signature = typeof consent?.signature === "string" ? consent.signature : "";
  if (signature.trim() === "") {
    ctx.addIssue({ code: "custom", path: ["consent", "signature"], message: "Type your full name to sign" });
  } else if (typeof contact?.fullName === "string" && !signatureMatchesName(signature, contact.fullName)) {
    ctx.addIssue({
      code: "custom",
      path: ["consent", "signature"],
      message: "Your signature must be the same name as in your contact details",
    });
  }
}

/**
 * The intake form's schema, for the form's resolver and the server's safeParse alike. `today` is
 * the local date the client fills it in (the spa's calendar date): no answer may be dated after it.
 */
export function createIntakeSchema({ today }: { today: LocalDate }) {
  // `when` makes zod 4 run the check even when other fields failed (by default a refinement is
  // skipped then), so consent and signature errors appear together with the rest.
  return buildIntakeObject(dateBoundsFor(today)).superRefine(checkConsent, { when: () => true });
}

export type IntakeSchema = ReturnType<typeof createIntakeSchema>;
/** What the form holds (and the server receives) before parsing. */
export type IntakeInput = z.input<IntakeSchema>;
/** A validated submission: what is stored and what lib/contraindications reads. */
export type IntakeAnswers = z.output<IntakeSchema>;
/** An autosaved draft: any part of the form, possibly invalid or incomplete. */
export type IntakeDraft = DeepPartial<IntakeInput>;

// The draft ignores dates' bounds, so any fixed `today` builds the same draft schema.
export const intakeDraftSchema = toDraftObject(buildIntakeObject(dateBoundsFor("2000-01-01"))) as unknown as z.ZodType<
  IntakeDraft,
  IntakeDraft
>;
