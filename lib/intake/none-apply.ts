import { z } from "zod";

/**
 * The sections of yes/no questions (boxes to tick) where a client answers "none of these apply"
 * explicitly. An unticked box alone cannot tell "no" from "skipped"; these questions decide what
 * is safe (FACTS.md: contraindications are answered, not skipped), so a section is answered when
 * a box is ticked or "none" is. Stored as `<section>.noneApply` in the answers (docs/decisions/0032).
 */
export const NONE_APPLY_SECTIONS = [
  "medical",
  "currentHealth",
  "pregnancy",
  "skinHistory",
  "devices",
  "hairRemoval",
  "procedures",
  "lifestyle",
  "allergies",
] as const;
export type NoneApplySection = (typeof NONE_APPLY_SECTIONS)[number];

export const NONE_APPLY_KEY = "noneApply";
export const NONE_APPLY_MESSAGE = "Tick what applies to you, or “None of these apply”";

export function isNoneApplySection(section: string): section is NoneApplySection {
  return (NONE_APPLY_SECTIONS as readonly string[]).includes(section);
}

/** Whether any box of a section is ticked: a yes/no that is yes, or a list with an item, at any depth. */
export function hasTickedBox(section: unknown): boolean {
  if (section === true) return true;
  if (Array.isArray(section)) return section.length > 0;
  if (typeof section !== "object" || section === null) return false;
  return Object.entries(section).some(([key, value]) => key !== NONE_APPLY_KEY && hasTickedBox(value));
}

/** A section counts as answered once a box is ticked or "none of these apply" is. */
export function isSectionAnswered(section: unknown): boolean {
  return (
    hasTickedBox(section) || (typeof section === "object" && section !== null && (section as Record<string, unknown>).noneApply === true)
  );
}

/**
 * A section of boxes with its "none of these apply": one of the two is required, and a ticked box
 * wins over a "none" sent with it (the form un-sets "none" when a box is ticked, as the client sees).
 */
export function withNoneApply<Shape extends z.ZodRawShape>(section: z.ZodObject<Shape>) {
  return section
    .extend({ noneApply: z.boolean().optional() })
    .superRefine(
      (value, ctx) => {
        if (!isSectionAnswered(value)) ctx.addIssue({ code: "custom", path: [NONE_APPLY_KEY], message: NONE_APPLY_MESSAGE });
        // Runs even while another answer of the section is invalid, so the step shows every problem at once.
      },
      { when: () => true },
    )
    .transform((value) => ({ ...value, noneApply: !hasTickedBox(value) && (value as { noneApply?: boolean }).noneApply === true }));
}
