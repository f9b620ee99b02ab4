import { describe, expect, it } from "vitest";
import type { DeepPartial } from "./draft";
import { buildIntakeInput } from "@/tests/support/intake";
import { createIntakeSchema, type IntakeInput } from "./schema";

const TODAY = "2026-11-26";
const schema = createIntakeSchema({ today: TODAY });

/** { a: { b: value } } from "a.b". */
function at(path: string, value: unknown): DeepPartial<IntakeInput> {
  return path.split(".").reduceRight<unknown>((inner, key) => ({ [key]: inner }), value) as DeepPartial<IntakeInput>;
}

function issuesOf(patch: DeepPartial<IntakeInput>): [string, string][] {
  const result = schema.safeParse(buildIntakeInput(patch));
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join("."), issue.message]);
}

function parsed(patch: DeepPartial<IntakeInput>) {
  return schema.parse(buildIntakeInput(patch));
}

// Every "yes, on this date" question; injections also need their areas.
const DATED: [string, object][] = [
  ["medical.surgery", {}],
  ["skinHistory.coldSores", {}],
  ["hairRemoval.waxing", {}],
  ["hairRemoval.threading", {}],
  ["hairRemoval.laserHairRemoval", {}],
  ["hairRemoval.depilatory", {}],
  ["hairRemoval.dermaplaning", {}],
  ["procedures.chemicalPeel", {}],
  ["procedures.laserAblative", {}],
  ["procedures.laserNonAblative", {}],
  ["procedures.microdermabrasion", {}],
  ["procedures.microneedling", {}],
  ["procedures.botox", { areas: ["forehead"] }],
  ["procedures.fillers", { areas: ["lips"] }],
  ["procedures.facialSurgery", {}],
  ["lifestyle.tanning", {}],
];
const ACTIVES = ["isotretinoin", "topicalRetinoid", "ahaBha", "hydroquinone", "vitaminC", "acneMedication"];

describe("the baseline intake", () => {
  it("is valid", () => {
    expect(issuesOf({})).toEqual([]);
  });

  it("refuses a `today` that is not a calendar date", () => {
    expect(() => createIntakeSchema({ today: "2026-13-01" })).toThrow(RangeError);
  });
});

describe.each(DATED)("%s: a date exactly when ticked", (path, extra) => {
  const ticked = (date?: string) => at(path, { yes: true, date, ...extra });

  it.each([undefined, ""])("is required when ticked (date %j)", (date) => {
    expect(issuesOf(ticked(date))).toEqual([[`${path}.date`, expect.stringMatching(/^Enter /)]]);
  });

  it("is refused in the future", () => {
    expect(issuesOf(ticked("2026-11-27"))).toEqual([[`${path}.date`, "This date can't be in the future"]]);
  });

  it("is refused more than 100 years back, accepted at 100 years and today", () => {
    expect(issuesOf(ticked("1926-11-25"))).toEqual([[`${path}.date`, expect.stringMatching(/more than 100 years ago/)]]);
    expect(issuesOf(ticked("1926-11-26"))).toEqual([]);
    expect(issuesOf(ticked(TODAY))).toEqual([]);
  });

  it("must be a real date", () => {
    expect(issuesOf(ticked("2026-02-30"))).toEqual([[`${path}.date`, "Enter a real date (YYYY-MM-DD)"]]);
  });

  it("is not required, and is dropped, when not ticked", () => {
    expect(issuesOf(at(path, { yes: false, date: "" }))).toEqual([]);
    const answers = parsed(at(path, { yes: false, date: "2026-01-01" }));
    expect(path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], answers)).toMatchObject({
      yes: false,
      date: undefined,
    });
  });
});

describe.each(ACTIVES)("actives.%s: a stop or last-use date exactly when stopped", (name) => {
  const path = `actives.${name}`;

  it("is required when stopped", () => {
    expect(issuesOf(at(path, { status: "stopped" }))).toEqual([[`${path}.lastUsedOn`, expect.stringMatching(/^Enter the date/)]]);
  });

  it("is refused in the future", () => {
    expect(issuesOf(at(path, { status: "stopped", lastUsedOn: "2027-01-01" }))).toEqual([
      [`${path}.lastUsedOn`, "This date can't be in the future"],
    ]);
  });

  it.each(["current", "no"] as const)("is not asked when the answer is %s, and a leftover date is dropped", (status) => {
    const answers = parsed(at(path, { status, lastUsedOn: "2026-11-01" }));
    expect(answers.actives[name as keyof typeof answers.actives]).toMatchObject({ status, lastUsedOn: undefined });
  });
});

describe("other conditional questions", () => {
  it.each(["procedures.botox", "procedures.fillers"])("%s needs the treated areas when ticked", (path) => {
    expect(issuesOf(at(path, { yes: true, date: "2026-11-20", areas: [] }))).toEqual([
      [`${path}.areas`, "Tick the areas that were treated"],
    ]);
  });

  it("a flare needs where it is", () => {
    const flare = (areas: string[]) => ({ skinHistory: { eczemaPsoriasisDermatitis: { yes: true, flaringNow: true, areas } } });
    expect(issuesOf(flare([]) as DeepPartial<IntakeInput>)).toEqual([
      ["skinHistory.eczemaPsoriasisDermatitis.areas", "Tick where it is flaring"],
    ]);
    expect(issuesOf(flare(["cheeks"]) as DeepPartial<IntakeInput>)).toEqual([]);
  });

  it("a flare is not an answer unless the condition is ticked", () => {
    const answers = parsed({ skinHistory: { eczemaPsoriasisDermatitis: { yes: false, flaringNow: true, areas: ["neck"] } } });
    expect(answers.skinHistory.eczemaPsoriasisDermatitis).toEqual({ yes: false, flaringNow: false, areas: [] });
  });
});

describe("consent and signature", () => {
  it("refuses a submission without consent", () => {
    expect(issuesOf({ consent: { agreed: false } })).toEqual([["consent.agreed", "Please tick the box to give your consent"]]);
  });

  it.each(["", "   "])("refuses an empty signature (%j)", (signature) => {
    expect(issuesOf({ consent: { signature } })).toEqual([["consent.signature", "Type your full name to sign"]]);
  });

  it.each(["Ana", "A. Souza", "Ana Souza Jr", "Rui Souza"])("refuses a signature that is not the contact name (%j)", (signature) => {
    expect(issuesOf({ consent: { signature } })).toEqual([
      ["consent.signature", "Your signature must be the same name as in your contact details"],
    ]);
  });

  it.each(["ana souza", "  ANA   SOUZA ", "Ána Sóuza", "Ana-Souza", "AnaSouza."])("accepts the name loosely (%j)", (signature) => {
    expect(issuesOf({ consent: { signature } })).toEqual([]);
  });
});

describe("required answers", () => {
  it.each<[string, DeepPartial<IntakeInput>, string]>([
    ["contact.fullName", { contact: { fullName: " " } }, "Enter your full name"],
    ["contact.email", { contact: { email: "ana@" } }, "Enter a valid email address"],
    ["contact.phone", { contact: { phone: "call me" } }, "Enter a phone number we can reach you on"],
    ["emergencyContact.name", { emergencyContact: { name: "" } }, "Enter the name of someone we can call in an emergency"],
  ])("%s", (path, patch, message) => {
    // An empty full name also makes the signature a mismatch; only the field's own issue is checked here.
    expect(issuesOf(patch)).toContainEqual([path, message]);
  });

  it("a skin type and a phototype (or “not sure”) must be chosen", () => {
    const input = buildIntakeInput();
    const { type: _type, fitzpatrick: _fitzpatrick, ...rest } = input.skin;
    const result = schema.safeParse({ ...input, skin: rest });
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["skin.type", "skin.fitzpatrick"]);
    expect(issuesOf({ skin: { fitzpatrick: "not-sure" } })).toEqual([]);
  });

  it("refuses values outside a closed list", () => {
    expect(issuesOf({ skin: { concerns: ["wrinkles" as never] } }).map(([path]) => path)).toEqual(["skin.concerns.0"]);
    expect(issuesOf({ allergies: { ingredients: ["gluten" as never] } }).map(([path]) => path)).toEqual(["allergies.ingredients.0"]);
  });

  it("reports every problem at once, each on its own field", () => {
    const patch = { contact: { email: "x" }, hairRemoval: { waxing: { yes: true } }, consent: { agreed: false } };
    expect(
      issuesOf(patch)
        .map(([path]) => path)
        .sort(),
    ).toEqual(["consent.agreed", "contact.email", "hairRemoval.waxing.date"]);
  });

  it("still reports consent and signature when a required answer is missing altogether", () => {
    const input = buildIntakeInput({ consent: { agreed: false, signature: "" } });
    const { type: _type, ...skinWithoutType } = input.skin;
    const result = createIntakeSchema({ today: TODAY }).safeParse({ ...input, skin: skinWithoutType });
    expect(result.error?.issues.map((issue) => issue.path.join(".")).sort()).toEqual(["consent.agreed", "consent.signature", "skin.type"]);
  });
});
