import {
  conflictsOf,
  findMentions,
  ingredientsOfActive,
  isInForce,
  labelOfKey,
  tagsOfMentionKeys,
  type AvoidModel,
  type MentionKey,
  type Tags,
} from "@/lib/contraindications";
import { untilText } from "./avoid-text";
import { PLAN_SECTIONS, type HomecarePlan, type LineTags, type PlanLine } from "./types";

/** One way a line contradicts the avoid model or another line, in words a reviewer can act on. */
export interface LineConflict {
  lineId: string;
  what: string;
  /** The rule or line that rules it out. */
  against: string;
  until: string;
}

function overlaps(recommended: LineTags, forbidden: LineTags): boolean {
  const forbiddenIngredients = new Set([
    ...(forbidden.ingredients ?? []),
    ...(forbidden.actives ?? []).flatMap((a) => ingredientsOfActive(a)),
  ]);
  if ((recommended.ingredients ?? []).some((id) => forbiddenIngredients.has(id))) return true;
  for (const active of recommended.actives ?? []) {
    if ((forbidden.actives ?? []).includes(active)) return true;
    if (ingredientsOfActive(active).every((id) => (forbidden.ingredients ?? []).includes(id))) return true;
  }
  return (recommended.steps ?? []).some((step) => (forbidden.steps ?? []).includes(step));
}

function describe(tags: LineTags): string {
  const keys: MentionKey[] = [
    ...(tags.ingredients ?? []).map((id) => ({ kind: "ingredient", id }) as MentionKey),
    ...(tags.actives ?? []).map((id) => ({ kind: "active", id }) as MentionKey),
    ...(tags.steps ?? []).map((id) => ({ kind: "step", id }) as MentionKey),
  ];
  return [...new Set(keys.map(labelOfKey))].join(", ");
}

/**
 * The conflicts of one line: against the avoid model (an avoidance at home still in force on the
 * day the line recommends it), and against what any other line of the plan forbids until later.
 */
export function lineConflicts(plan: HomecarePlan, line: PlanLine, avoid: AvoidModel | undefined = plan.avoid): LineConflict[] {
  const out: LineConflict[] = [];
  for (const { tags, from } of line.recommends ?? []) {
    if (avoid) {
      for (const entry of conflictsOf(avoid, tags as Tags, { where: "home", date: from })) {
        out.push({ lineId: line.id, what: describe(tags), against: entry.reason.ruleName, until: untilText(entry.until, [entry.reason]) });
      }
    }
    for (const section of PLAN_SECTIONS) {
      for (const other of plan.sections[section]) {
        if (other.id === line.id) continue;
        for (const forbid of other.forbids ?? []) {
          if (overlaps(tags, forbid.tags) && isInForce(forbid.until, from)) {
            out.push({ lineId: line.id, what: describe(tags), against: `"${other.text}"`, until: untilText(forbid.until, []) });
          }
        }
      }
    }
  }
  return out;
}

/** Every line of the plan with its conflicts, acknowledged lines left out; the resume date counts as a line. */
export function planConflicts(plan: HomecarePlan): LineConflict[] {
  const lines = PLAN_SECTIONS.flatMap((section) => plan.sections[section]).filter((line) => !line.acknowledged);
  const resume = plan.activesResumeOn?.resumes
    ? [
        {
          id: "activesResumeOn",
          text: "",
          reason: "",
          source: "",
          recommends: [{ tags: plan.activesResumeOn.resumes, from: plan.activesResumeOn.date }],
        },
      ]
    : [];
  return [...lines, ...resume].flatMap((line) => lineConflicts(plan, line));
}

export function hasTags(tags: LineTags): boolean {
  return Boolean(tags.ingredients?.length || tags.actives?.length || tags.steps?.length);
}

/** What a line's words recommend (not advise against), as tags: all we know of a line a person wrote. */
export function recommendedByText(text: string): LineTags {
  const tags = tagsOfMentionKeys(findMentions(text).flatMap((mention) => (mention.negated ? [] : mention.keys)));
  return {
    ingredients: [...(tags.ingredients ?? [])],
    actives: [...(tags.actives ?? [])],
    steps: (tags.steps ?? []).filter((step) => step !== "WHOLE_SERVICE") as LineTags["steps"],
  };
}

/**
 * The words of a line a person wrote or changed, checked as if it recommended everything it
 * mentions positively, from the visit date: what the model rules out then, and what other lines
 * forbid. A steps word that could mean either kind ("exfoliate") conflicts only when every kind does.
 */
export function editConflicts(plan: HomecarePlan, line: Pick<PlanLine, "id" | "text">): LineConflict[] {
  const mentions = findMentions(line.text).filter((mention) => !mention.negated);
  const out: LineConflict[] = [];
  for (const mention of mentions) {
    const probe = (keys: MentionKey[]) =>
      lineConflicts(plan, {
        id: line.id,
        text: line.text,
        reason: "",
        source: "",
        recommends: [{ tags: tagsOfMentionKeys(keys) as LineTags, from: plan.visitDate }],
      });
    const steps = mention.keys.filter((key) => key.kind === "step");
    const others = mention.keys.filter((key) => key.kind !== "step");
    const stepConflicts = steps.map((key) => probe([key]));
    const found = [...others.flatMap((key) => probe([key])), ...(stepConflicts.every((c) => c.length > 0) ? stepConflicts.flat() : [])];
    out.push(...found.map((conflict) => ({ ...conflict, what: mention.phrase })));
  }
  return [...new Map(out.map((c) => [`${c.what}|${c.against}`, c])).values()];
}

/** Positive mentions in a generated line's text that its tags do not declare (an engine bug if any). */
export function undeclaredMentions(line: PlanLine): string[] {
  const declared = (line.recommends ?? []).map((r) => r.tags);
  const covered = (key: MentionKey) =>
    declared.some((tags) => {
      if (key.kind === "step") return (tags.steps ?? []).includes(key.id);
      const ingredients = new Set([...(tags.ingredients ?? []), ...(tags.actives ?? []).flatMap((a) => ingredientsOfActive(a))]);
      if (key.kind === "ingredient") return ingredients.has(key.id);
      return (tags.actives ?? []).includes(key.id) || ingredientsOfActive(key.id).some((id) => ingredients.has(id));
    });
  return findMentions(line.text)
    .filter((mention) => !mention.negated && !mention.keys.some(covered))
    .map((mention) => mention.phrase);
}
