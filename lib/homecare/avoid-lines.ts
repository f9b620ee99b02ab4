import { homeAvoidances, ingredientsOfActive, labelOfKey, type HomeAvoidance } from "@/lib/contraindications";
import { becauseText, ruleNames, untilText } from "./avoid-text";
import type { PlanContext } from "./context";
import type { LineTags, PlanLine } from "./types";

/** Aftercare windows are in "The first 72 hours"; this list is what the client's conditions and allergies rule out. */
const isAftercare = (item: HomeAvoidance) => item.reasons.every((reason) => reason.ruleId.startsWith("aftercare."));

function tagsOf(item: HomeAvoidance): LineTags {
  if (item.key.kind === "ingredient") return { ingredients: [item.key.id] };
  if (item.key.kind === "active") return { actives: [item.key.id] };
  return { steps: [item.key.id] };
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * "What to avoid, and until when": one line per reason and end (allergens together, pregnancy
 * together), each saying until which date or while which condition. An ingredient that an active
 * of the same reason already names ("retinoids") is not listed twice.
 */
export function avoidLines(context: PlanContext): PlanLine[] {
  const items = homeAvoidances(context.avoid, context.visitDate).filter((item) => !isAftercare(item));
  const actives = items.filter((item) => item.key.kind === "active");
  const sameCause = (a: HomeAvoidance, b: HomeAvoidance) =>
    a.until === b.until && a.reasons.some((reason) => b.reasons.some((other) => other.ruleId === reason.ruleId));
  // "Retinoids" (the active) already says "retinoids" (the ingredient); "exfoliating acids" already says "exfoliating with acids".
  const covered = (item: HomeAvoidance) =>
    (item.key.kind === "ingredient" &&
      actives.some(
        (active) => (ingredientsOfActive(active.key.id as never) as readonly string[]).includes(item.key.id) && sameCause(active, item),
      )) ||
    (item.key.kind === "step" &&
      item.key.id === "EXFOLIATION_CHEMICAL" &&
      actives.some((active) => active.key.id === "exfoliating-acids" && sameCause(active, item)));
  const groups = new Map<string, HomeAvoidance[]>();
  for (const item of items.filter((item) => !covered(item))) {
    const reasons = item.reasons.filter((reason) => !reason.ruleId.startsWith("aftercare."));
    const key = `${item.until}|${reasons
      .map((reason) => reason.ruleId)
      .sort()
      .join(",")}`;
    groups.set(key, [...(groups.get(key) ?? []), { ...item, reasons }]);
  }
  return [...groups.values()].map((group, index) => {
    const reasons = group[0]!.reasons;
    const labels = group.map((item) => lowerFirst(labelOfKey(item.key)));
    const listed = labels.length > 1 ? `${labels.slice(0, -1).join(", ")} and ${labels.at(-1)}` : labels[0]!;
    const until = group[0]!.until;
    const when = untilText(until, reasons);
    return {
      id: `avoid.${reasons.map((reason) => reason.ruleId).join("+")}.${index}`,
      text: `Avoid ${listed} ${labels.length > 1 ? when.replace("this allergy", "these allergies") : when}.`,
      reason: becauseText(reasons),
      source: [...new Set(reasons.map((reason) => reason.source))].join("; "),
      rule: ruleNames(reasons),
      forbids: group.map((item) => ({ tags: tagsOf(item), until: item.until })),
    };
  });
}
