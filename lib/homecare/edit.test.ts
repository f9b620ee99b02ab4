import { describe, expect, test } from "vitest";
import { avoidModelForPlan } from "./avoid-model";
import { buildHomecarePlan } from "./engine";
import { applyPlanEdit } from "./edit";
import { planContentSchema } from "./schema";
import { buildIntakeAnswers } from "@/tests/support/intake";
import { CATALOGUE, DEEP_PORE_STEPS, VISIT, planFor } from "@/tests/support/homecare";

const id = "00000000-0000-4000-8000-000000000000";
const plan = planFor({});

describe("applyPlanEdit", () => {
  test("adds a line at the end of its section, attributed to the esthetician", () => {
    const applied = applyPlanEdit(plan, { kind: "ADD", appointmentId: id, section: "weekly", text: "Ice roller", reason: "" }, "abc")!;
    expect(applied.plan.sections.weekly.at(-1)).toEqual({
      id: "custom.abc",
      text: "Ice roller",
      reason: "Added by your esthetician.",
      source: "esthetician",
    });
    expect(applied).toMatchObject({ before: null, lineId: "custom.abc" });
  });
  test("edits text and keeps the reason when none is given; the other sections are untouched", () => {
    const applied = applyPlanEdit(
      plan,
      { kind: "EDIT", appointmentId: id, section: "first72Hours", lineId: "aftercare.spf", text: "SPF 50", reason: "" },
      "x",
    )!;
    const line = applied.plan.sections.first72Hours.find((l) => l.id === "aftercare.spf")!;
    expect(line).toMatchObject({ text: "SPF 50", reason: applied.before!.reason });
    expect(applied.plan.sections.weekly).toBe(plan.sections.weekly);
  });
  test("removes a line; an unknown line is null", () => {
    const applied = applyPlanEdit(plan, { kind: "REMOVE", appointmentId: id, section: "first72Hours", lineId: "aftercare.spf" }, "x")!;
    expect(applied.plan.sections.first72Hours.map((l) => l.id)).not.toContain("aftercare.spf");
    expect(applied.after).toBeNull();
    expect(applyPlanEdit(plan, { kind: "REMOVE", appointmentId: id, section: "weekly", lineId: "nope" }, "x")).toBeNull();
  });
});

describe("stored plans", () => {
  test("a drafted plan round-trips through the stored-content schema", () => {
    expect(planContentSchema.parse(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
  });
  test("without an intake the plan is general advice, every product needs a label check, and the reviewer is told", () => {
    const note = { steps: DEEP_PORE_STEPS.map((step) => ({ step, performed: true })), productIds: [], skinResponse: "" };
    const general = buildHomecarePlan({
      intake: null,
      note,
      avoid: avoidModelForPlan({ intake: null, visitDate: VISIT, note }),
      catalogue: CATALOGUE,
      visitDate: VISIT,
    });
    expect(general.sections.morningRoutine[0]!.reason).toMatch(/No intake on file/);
    expect(general.nextVisit.from).toBe("2030-04-09");
    expect(general.intake).toEqual({ state: "missing", submittedOn: null });
    expect(general.reviewNotes).toEqual([expect.stringMatching(/^No intake on file/)]);
    expect(general.sections.products.every((line) => line.confirmation?.required.startsWith("No intake on file"))).toBe(true);
  });
  test("an intake that expired before the visit marks the draft out of date", () => {
    const note = { steps: [], productIds: [], skinResponse: "" };
    const intake = buildIntakeAnswers({});
    const stale = buildHomecarePlan({
      intake,
      intakeState: { state: "expired", submittedOn: "2029-01-05" },
      note,
      avoid: avoidModelForPlan({ intake, visitDate: VISIT, note }),
      catalogue: [],
      visitDate: VISIT,
    });
    expect(stale.reviewNotes).toEqual([
      expect.stringMatching(/^Intake out of date: the client's intake \(submitted on January 5, 2029\) had expired/),
    ]);
  });
  test("an invalid visit date, or an avoid model for another date, is refused", () => {
    const note = { steps: [], productIds: [], skinResponse: "" };
    const avoid = avoidModelForPlan({ intake: null, visitDate: VISIT, note });
    expect(() => buildHomecarePlan({ intake: null, note, avoid, catalogue: [], visitDate: "2030-02-30" })).toThrow(RangeError);
    expect(() => buildHomecarePlan({ intake: null, note, avoid, catalogue: [], visitDate: "2030-03-13" })).toThrow(RangeError);
  });
  test("a plan stored before the avoid model existed still reads", () => {
    const { avoid: _avoid, intake: _intake, reviewNotes: _notes, ...old } = JSON.parse(JSON.stringify(plan));
    const { avoid: _section, ...sections } = old.sections;
    expect(planContentSchema.parse({ ...old, sections }).sections.avoid).toEqual([]);
  });
});
