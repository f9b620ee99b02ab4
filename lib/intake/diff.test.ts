import { describe, expect, it } from "vitest";
import { diffIntake } from "./diff";
import { buildIntakeInput } from "@/tests/support/intake";

describe("diffIntake", () => {
  const previous = buildIntakeInput();

  it("reports nothing without a previous intake, or when nothing changed", () => {
    expect(diffIntake(null, previous)).toEqual([]);
    expect(diffIntake(previous, buildIntakeInput())).toEqual([]);
  });

  it("lists changed answers in the form's order, with labels and display text", () => {
    const current = buildIntakeInput({
      skin: { type: "sensitive" },
      pregnancy: { pregnant: true },
      hairRemoval: { waxing: { yes: true, date: "2026-11-20" } },
    });
    expect(diffIntake(previous, current)).toEqual([
      { path: "pregnancy.pregnant", label: "Pregnant", previous: false, current: true, previousText: "No", currentText: "Yes" },
      { path: "hairRemoval.waxing.yes", label: "Waxing", previous: false, current: true, previousText: "No", currentText: "Yes" },
      {
        path: "hairRemoval.waxing.date",
        label: "Waxing — date",
        previous: undefined,
        current: "2026-11-20",
        previousText: "—",
        currentText: "2026-11-20",
      },
      {
        path: "skin.type",
        label: "Skin type",
        previous: "combination",
        current: "sensitive",
        previousText: "Combination",
        currentText: "Sensitive",
      },
    ]);
  });

  it("ignores empty-to-empty, list order, and the signature", () => {
    const current = buildIntakeInput({
      physician: { name: undefined },
      skin: { concerns: ["enlarged-pores", "blackheads"] },
      consent: { signature: "ana souza" },
    });
    expect(diffIntake(previous, current)).toEqual([]);
  });

  it("reports a list that gained an item and an answer that was removed", () => {
    const current = buildIntakeInput({ skin: { concerns: ["blackheads"] }, emergencyContact: { relationship: "" } });
    expect(diffIntake(previous, current).map((change) => [change.path, change.previousText, change.currentText])).toEqual([
      ["emergencyContact.relationship", "Partner", "—"],
      ["skin.concerns", "Blackheads, Enlarged pores", "Blackheads"],
    ]);
  });
});
