import {
  ACTIVES,
  GENTLE_PRODUCTS_DAYS,
  HEALING_DAYS,
  HEAT_PAUSE_DAYS,
  PAUSED_ACTIVES,
  conflictsOf,
  findMentions,
  labelOfKey,
  tagsOfMentionKeys,
  type ActiveId,
  type AvoidReason,
  type TreatmentStep,
} from "@/lib/contraindications";
import { STEP_LABELS } from "@/lib/catalog/step-labels";
import { addDays } from "@/lib/dates/local-date";
import { becauseText, dateText, homeWindow, untilText } from "./avoid-text";
import { hasTags, recommendedByText } from "./consistency";
import { OPENING_STEPS, performedAny, type PlanContext } from "./context";
import { AFTERCARE, NOTE, RULES } from "./sources";
import type { LineTags, PlanLine } from "./types";

const EXFOLIATING: readonly TreatmentStep[] = ["EXFOLIATION_PHYSICAL", "EXFOLIATION_CHEMICAL", "PEEL"];

function stepsReason(steps: readonly TreatmentStep[]): string {
  const names = steps.map((step) => STEP_LABELS[step].toLowerCase()).join(", ");
  return `Performed today: ${names}.`;
}

const aftercareLine = (line: Omit<PlanLine, "source" | "rule">): PlanLine => ({ ...line, source: AFTERCARE, rule: RULES.aftercare });

/**
 * A "not for N days" line stays true when a condition keeps the same thing off for longer: the
 * line then says so ("No steam or saunas while your skin is prone to redness."), never implying
 * it may come back after the N days.
 */
function holdBeyond(context: PlanContext, tags: LineTags, lineUntil: string, what: string) {
  const { from, reasons } = homeWindow(context, tags);
  if (from !== "cleared" && from <= lineUntil) return { text: "", reason: "", until: lineUntil as string | "cleared" };
  const longer = reasons.filter((reason) => !reason.ruleId.startsWith("aftercare."));
  return { text: ` No ${what} ${untilText(from, longer)}.`, reason: ` ${becauseText(longer)}`, until: from };
}

function extractionLines(context: PlanContext): PlanLine[] {
  if (!context.performed.has("EXTRACTION")) return [];
  const reason = stepsReason(["EXTRACTION"]);
  return [
    aftercareLine({ id: "aftercare.no-makeup", text: "No makeup for 24 hours (heavy makeup: 48 hours).", reason }),
    aftercareLine({
      id: "aftercare.no-picking",
      text: "Don't pick or touch the extracted areas; they heal in 5–7 days.",
      reason,
      forbids: [{ tags: { steps: ["EXTRACTION"] }, until: addDays(context.visitDate, HEALING_DAYS) }],
    }),
  ];
}

type Paused = { tags: LineTags; name: string; active?: ActiveId };

/** What the aftercare pause covers: scrubs and the actives FACTS.md names. */
function pausedItems(): Paused[] {
  return [
    { tags: { steps: ["EXFOLIATION_PHYSICAL"] }, name: "scrubs" },
    ...PAUSED_ACTIVES.map((active) => ({ tags: { actives: [active] }, name: ACTIVES[active].short, active })),
  ];
}

/**
 * The pause after today's treatment, split in two: what comes back when it ends, and what a
 * condition keeps off for longer (with its own date or "while …") — never resume advice for those.
 */
export function pausedActives(context: PlanContext) {
  const until = context.avoid.activesPauseUntil;
  const resume: Paused[] = [];
  const held: (Paused & { until: string; when: string; reasons: AvoidReason[] })[] = [];
  if (!until) return { until, resume, held };
  for (const item of pausedItems()) {
    const { from, reasons } = homeWindow(context, item.tags);
    const longer = reasons.filter((reason) => !reason.ruleId.startsWith("aftercare."));
    if (from !== "cleared" && from <= until) resume.push(item);
    else held.push({ ...item, until: from, when: untilText(from, longer), reasons: longer });
  }
  return { until, resume, held };
}

const listOf = (names: readonly string[]) => (names.length > 1 ? `${names.slice(0, -1).join(", ")} or ${names.at(-1)}` : (names[0] ?? ""));

function pauseLine(context: PlanContext): PlanLine[] {
  const { until, resume, held } = pausedActives(context);
  if (!until) return [];
  const first = resume.length > 0 ? `No ${listOf(resume.map((item) => item.name))} until ${dateText(until)}, then ease back in.` : "";
  const holds = held.map((item) => `No ${item.name} ${item.when}.`);
  return [
    aftercareLine({
      id: "aftercare.pause-actives",
      text: [first, ...holds].filter(Boolean).join(" "),
      reason: [stepsReason(performedAny(context, OPENING_STEPS)), becauseText(held.flatMap((item) => item.reasons))]
        .filter(Boolean)
        .join(" "),
      forbids: [...resume.map((item) => ({ tags: item.tags, until })), ...held.map((item) => ({ tags: item.tags, until: item.until }))],
      recommends: resume.length > 0 ? [{ tags: mergeTags(resume.map((item) => item.tags)), from: until }] : undefined,
    }),
  ];
}

function mergeTags(all: readonly LineTags[]): LineTags {
  return {
    actives: all.flatMap((tags) => tags.actives ?? []),
    steps: all.flatMap((tags) => tags.steps ?? []),
  };
}

function openedSkinLines(context: PlanContext): PlanLine[] {
  const opened = performedAny(context, OPENING_STEPS);
  if (opened.length === 0) return [];
  const reason = stepsReason(opened);
  const heat = holdBeyond(context, { steps: ["STEAM"] }, addDays(context.visitDate, HEAT_PAUSE_DAYS), "steam or saunas");
  const gentleUntil = addDays(context.visitDate, GENTLE_PRODUCTS_DAYS);
  const scented = [
    { id: "fragrance", ...holdBeyond(context, { ingredients: ["fragrance"] }, gentleUntil, "fragrance") },
    { id: "essential-oils", ...holdBeyond(context, { ingredients: ["essential-oils"] }, gentleUntil, "essential oils") },
  ];
  // One sentence when both are held for the same reason ("No fragrance or essential oils while your skin is sensitive.").
  const sameHold =
    scented[0]!.text !== "" && scented[0]!.text.replace(" fragrance ", " ") === scented[1]!.text.replace(" essential oils ", " ");
  const scentText = sameHold
    ? scented[0]!.text.replace(" fragrance ", " fragrance or essential oils ")
    : scented.map((item) => item.text).join("");
  return [
    aftercareLine({
      id: "aftercare.no-heat",
      text: `No sauna, steam room, hot showers, workouts or swimming pools for 24 hours.${heat.text}`,
      reason: `${reason}${heat.reason}`,
      forbids: [{ tags: { steps: ["STEAM"] }, until: heat.until }],
    }),
    aftercareLine({
      id: "aftercare.gentle-products",
      text: `Use only a gentle, non-stripping cleanser and a fragrance-free moisturiser for 72 hours.${scentText}`,
      reason: `${reason}${[...new Set(scented.map((item) => item.reason))].join("")}`,
      forbids: scented.map((item) => ({ tags: { ingredients: [item.id] }, until: item.until })),
    }),
    ...pauseLine(context),
  ];
}

function hairRemovalLine(context: PlanContext): PlanLine[] {
  const steps = performedAny(context, ["EXTRACTION", ...EXFOLIATING]);
  if (steps.length === 0) return [];
  const hold = holdBeyond(context, { steps: ["WAXING"] }, addDays(context.visitDate, HEALING_DAYS), "facial waxing");
  return [
    aftercareLine({
      id: "aftercare.no-hair-removal",
      text: `No facial waxing, threading or shaving for one week (at the very least 48 hours).${hold.text}`,
      reason: `${stepsReason(steps)}${hold.reason}`,
      forbids: [{ tags: { steps: ["WAXING"] }, until: hold.until }],
    }),
  ];
}

/**
 * The esthetician's words about today's skin are quoted, unless they recommend something this
 * client must avoid: then they stay out of the draft and the reviewer is told why.
 */
function skinResponseLine(context: PlanContext, reviewNotes: string[]): PlanLine[] {
  const response = context.input.note.skinResponse.trim();
  if (response === "") return [];
  const clashes = findMentions(response)
    .filter((mention) => !mention.negated)
    .filter(
      (mention) => conflictsOf(context.avoid, tagsOfMentionKeys(mention.keys), { where: "home", date: context.visitDate }).length > 0,
    );
  if (clashes.length > 0) {
    const named = [...new Set(clashes.map((mention) => labelOfKey(mention.keys[0]!)))].join(", ");
    reviewNotes.push(
      `The note's skin response mentions ${named}, which this client must avoid for now; it was not copied into the plan. Add it yourself if it is right.`,
    );
    return [];
  }
  const recommended = recommendedByText(response);
  return [
    {
      id: "aftercare.skin-response",
      text: `How your skin responded today: ${response}`,
      reason: "Recorded by your esthetician in today's treatment note.",
      source: NOTE,
      rule: RULES.note,
      ...(hasTags(recommended) ? { recommends: [{ tags: recommended, from: context.visitDate }] } : {}),
    },
  ];
}

/** The first 72 hours: only what today's performed steps call for, plus SPF and the skin's response. */
export function firstDaysLines(context: PlanContext, reviewNotes: string[]): PlanLine[] {
  const lines = [...extractionLines(context), ...openedSkinLines(context), ...hairRemovalLine(context)];
  lines.push(
    aftercareLine({
      id: "aftercare.spf",
      text: "Wear SPF 30+ every day and limit time in the sun for the next 48 hours.",
      reason: "Part of the aftercare after every facial.",
    }),
  );
  return [...lines, ...skinResponseLine(context, reviewNotes)];
}
