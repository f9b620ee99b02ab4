import type { PlanEdit } from "./schema";
import type { HomecarePlan, PlanLine } from "./types";

export interface AppliedEdit {
  plan: HomecarePlan;
  lineId: string;
  before: PlanLine | null;
  after: PlanLine | null;
}

/**
 * Applies one line edit to a plan and returns the new plan with the line before and after, for
 * the edit history. Pure; `newId` names an added line. Null when the line does not exist.
 */
export function applyPlanEdit(plan: HomecarePlan, edit: PlanEdit, newId: string): AppliedEdit | null {
  const lines = plan.sections[edit.section];
  const withSection = (next: PlanLine[]): HomecarePlan => ({ ...plan, sections: { ...plan.sections, [edit.section]: next } });
  if (edit.kind === "ADD") {
    const added: PlanLine = {
      id: `custom.${newId}`,
      text: edit.text,
      reason: edit.reason || "Added by your esthetician.",
      source: "esthetician",
    };
    return { plan: withSection([...lines, added]), lineId: added.id, before: null, after: added };
  }
  const before = lines.find((line) => line.id === edit.lineId);
  if (!before) return null;
  if (edit.kind === "REMOVE") {
    return { plan: withSection(lines.filter((line) => line.id !== edit.lineId)), lineId: before.id, before, after: null };
  }
  const after: PlanLine = { ...before, text: edit.text, reason: edit.reason || before.reason, source: before.source };
  return { plan: withSection(lines.map((line) => (line.id === edit.lineId ? after : line))), lineId: before.id, before, after };
}
