import { describe, expect, it } from "vitest";
import { describeAnswer, describeField, optionLabelsFor } from "./answers";
import { flattenAnswers } from "./diff";
import { buildIntakeInput } from "@/tests/support/intake";
import { INTAKE_FIELD_LABELS, INTAKE_FIELD_ORDER, INTAKE_SECTION_LABELS, labelForPath } from "./labels";
import { createIntakeSchema } from "./schema";

// An intake with every optional field filled, so that every stored path appears.
const everything = buildIntakeInput({
  physician: { name: "Dr Lee", phone: "+1 555 0100" },
  medical: {
    doctorsCare: { yes: true, details: "acne" },
    surgery: { yes: true, date: "2026-10-01", details: "knee" },
    conditionDetails: "-",
    bloodThinners: { yes: true, details: "warfarin" },
  },
  actives: {
    isotretinoin: { status: "stopped", lastUsedOn: "2026-01-01", details: "x" },
    topicalRetinoid: { status: "stopped", lastUsedOn: "2026-01-01", details: "x", products: ["retinol"] },
    ahaBha: { status: "stopped", lastUsedOn: "2026-01-01", details: "x" },
    hydroquinone: { status: "stopped", lastUsedOn: "2026-01-01", details: "x" },
    vitaminC: { status: "stopped", lastUsedOn: "2026-01-01", details: "x" },
    acneMedication: { status: "stopped", lastUsedOn: "2026-01-01", details: "x" },
  },
  skinHistory: {
    coldSores: { yes: true, date: "2020-01-01" },
    eczemaPsoriasisDermatitis: { yes: true, flaringNow: true, areas: ["neck"] },
  },
  procedures: {
    botox: { yes: true, date: "2026-01-01", areas: ["forehead"] },
    fillers: { yes: true, date: "2026-01-01", areas: ["lips"] },
  },
  skin: { goals: "glow", routine: "cleanser" },
  allergies: { other: "chamomile" },
});

describe("labels", () => {
  const schemaPaths = [...flattenAnswers(createIntakeSchema({ today: "2026-11-26" }).parse(everything)).keys()];

  it("every stored answer has a label, and every label is a stored answer", () => {
    expect(schemaPaths.filter((path) => !(path in INTAKE_FIELD_LABELS))).toEqual([]);
    const withDates = new Set([...schemaPaths, ...INTAKE_FIELD_ORDER.filter((path) => /\.(date|lastUsedOn)$/.test(path))]);
    expect(INTAKE_FIELD_ORDER.filter((path) => !withDates.has(path))).toEqual([]);
  });

  it("every section has a heading", () => {
    expect(Object.keys(INTAKE_SECTION_LABELS)).toEqual(Object.keys(everything));
  });

  it("an unknown path (an older form's field) is shown as itself", () => {
    expect(labelForPath("skin.type")).toBe("Skin type");
    expect(labelForPath("legacy.question")).toBe("legacy.question");
  });
});

describe("describeAnswer", () => {
  it.each<[string, unknown, string]>([
    ["devices.pacemaker", true, "Yes"],
    ["devices.pacemaker", false, "No"],
    ["skin.type", "combination", "Combination"],
    ["skin.concerns", ["acne", "fine-lines"], "Acne, Fine lines"],
    ["skin.concerns", [], "None"],
    ["actives.isotretinoin.status", "current", "Yes, I use it now"],
    ["procedures.botox.areas", ["between-brows"], "Between the brows"],
    ["allergies.ingredients", ["aspirin"], "Aspirin or salicylates"],
    ["hairRemoval.waxing.date", "2026-11-01", "2026-11-01"],
    ["skin.goals", undefined, "—"],
    ["skin.goals", "", "—"],
  ])("%s = %j → %s", (path, value, text) => {
    expect(describeAnswer(path, value)).toBe(text);
  });

  it("labels a field with its answer, and knows which answers are closed lists", () => {
    expect(describeField("skin.fitzpatrick", "not-sure")).toBe("How the skin reacts to sun (Fitzpatrick type): Not sure");
    expect(optionLabelsFor("skin.goals")).toBeNull();
  });
});
