import { describe, expect, test } from "vitest";
import { deskFlagSummary, topSeverity } from "./summary";
import type { ContraindicationFlag, Severity } from "./types";

const flag = (id: string, severity: Severity, clientMessage: string): ContraindicationFlag => ({
  id,
  name: `rule ${id}`,
  severity,
  affectedSteps: "WHOLE_SERVICE",
  window: null,
  staffReason: `staff-only detail for ${id}`,
  clientMessage,
  clientReason: `reason ${id}`,
  source: "FACTS.md",
  ingredients: [],
});

describe("deskFlagSummary", () => {
  test("keeps the severity and the client-facing sentence, most serious first, each sentence once", () => {
    const flags = [
      flag("a", "CAUTION", "We'll take extra care."),
      flag("b", "BLOCK", "Not this treatment today."),
      flag("c", "PATCH_TEST", "We'll test a small patch first."),
      flag("d", "BLOCK", "Not this treatment today."),
    ];
    expect(deskFlagSummary(flags)).toEqual([
      { severity: "BLOCK", message: "Not this treatment today." },
      { severity: "PATCH_TEST", message: "We'll test a small patch first." },
      { severity: "CAUTION", message: "We'll take extra care." },
    ]);
    expect(JSON.stringify(deskFlagSummary(flags))).not.toContain("staff-only");
  });

  test.each([
    [[], null],
    [[flag("a", "CAUTION", "x")], "CAUTION"],
    [[flag("a", "CAUTION", "x"), flag("b", "CLEARANCE", "y")], "CLEARANCE"],
  ] as const)("topSeverity of %j is %s", (flags, expected) => {
    expect(topSeverity(flags)).toBe(expected);
  });
});
