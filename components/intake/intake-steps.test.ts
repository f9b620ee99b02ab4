import { describe, expect, test } from "vitest";
import { NONE_APPLY_SECTIONS } from "@/lib/intake";
import { blankIntakeInput } from "@/lib/intake/defaults";
import { INTAKE_FORM_SECTIONS } from "./intake-fields";
import { INTAKE_STEPS, firstErrorPath, noneApplyResets, visibleFields } from "./intake-steps";

const section = (name: string) => INTAKE_FORM_SECTIONS.find((form) => form.section === name)!;
const blank = blankIntakeInput({ fullName: "Ana Souza", email: "ana@example.com", phone: "+1 555 010 2030" });

describe("the steps", () => {
  test("every section of the form, then the review: 15 in all", () => {
    expect(INTAKE_STEPS.map((step) => step.key)).toEqual([...INTAKE_FORM_SECTIONS.map((form) => form.section), "review"]);
    expect(INTAKE_STEPS).toHaveLength(15);
  });

  test("every section of boxes, and only those, has its 'None of these apply'", () => {
    const withNone = INTAKE_FORM_SECTIONS.filter((form) => form.fields.some((field) => field.kind === "none")).map((form) => form.section);
    expect(withNone.sort()).toEqual([...NONE_APPLY_SECTIONS].sort());
  });
});

describe("visibleFields", () => {
  test.each([
    { name: "a date follow-up is hidden while its box is not ticked", patch: {}, shown: false },
    { name: "and shown once it is", patch: { yes: true }, shown: true },
  ])("$name", ({ patch, shown }) => {
    const values = { ...blank, hairRemoval: { ...blank.hairRemoval, waxing: { ...blank.hairRemoval.waxing, ...patch } } };
    const paths = visibleFields(section("hairRemoval").fields, values).map((field) => field.path);
    expect(paths.includes("hairRemoval.waxing.date")).toBe(shown);
    expect(paths).toContain("hairRemoval.noneApply");
  });
});

describe("firstErrorPath", () => {
  test("the first problem in the order shown, skipping errors of hidden follow-ups", () => {
    const errors = { emergencyContact: { phone: { message: "x" }, name: { message: "y" } } };
    expect(firstErrorPath(section("emergencyContact"), blank, errors)).toBe("emergencyContact.name");
    expect(firstErrorPath(section("hairRemoval"), blank, { hairRemoval: { waxing: { date: { message: "x" } } } })).toBeNull();
    expect(firstErrorPath(section("currentHealth"), blank, {})).toBeNull();
  });
});

describe("noneApplyResets", () => {
  test.each([
    {
      name: "how you are today: every box unticked",
      section: "currentHealth",
      expected: ["activeInfection", "fever", "openSores", "activeColdSore", "conjunctivitis"].map((key) => [`currentHealth.${key}`, false]),
    },
    {
      name: "allergies: the list emptied, the closing free text kept",
      section: "allergies",
      expected: [["allergies.ingredients", []]],
    },
  ])("$name", ({ section: name, expected }) => {
    expect(noneApplyResets(section(name).fields)).toEqual(expected);
  });

  test("medical: boxes, the conditions list and their follow-ups; 'Other medications' stays", () => {
    const resets = new Map(noneApplyResets(section("medical").fields));
    expect(resets.get("medical.doctorsCare.yes")).toBe(false);
    expect(resets.get("medical.doctorsCare.details")).toBe("");
    expect(resets.get("medical.surgery.date")).toBe("");
    expect(resets.get("medical.conditions")).toEqual([]);
    expect(resets.has("medical.otherMedications")).toBe(false);
    expect(resets.has("medical.noneApply")).toBe(false);
  });

  test("lifestyle: the required sun question is not one of the boxes", () => {
    expect(noneApplyResets(section("lifestyle").fields).map(([path]) => path)).not.toContain("lifestyle.sunExposure");
  });
});
