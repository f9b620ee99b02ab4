import { describe, expect, test } from "vitest";
import { evaluateContraindications } from "@/lib/contraindications";
import { buildIntakeAnswers } from "@/tests/support/intake";
import { checkNote, productCautions, productRefusal } from "./note-rules";
import { initialNoteContent, noteContentSchema } from "./schema";

const steps = ["CLEANSE", "STEAM", "EXTRACTION", "MASK"] as const;
const flagsFor = (patch: Parameters<typeof buildIntakeAnswers>[0]) =>
  evaluateContraindications({ intake: buildIntakeAnswers(patch), steps, visitDate: "2030-03-12" }).flags;

describe("initialNoteContent", () => {
  test("prefills every step of the service, flagged ones skipped", () => {
    const content = initialNoteContent(steps, ["STEAM"]);
    expect(content.steps.map((s) => [s.step, s.performed])).toEqual([
      ["CLEANSE", true],
      ["STEAM", false],
      ["EXTRACTION", true],
      ["MASK", true],
    ]);
    expect(content.faceMap).toEqual({ findings: [], markers: [] });
  });
});

describe("checkNote", () => {
  const rosacea = flagsFor({ skinHistory: { rosacea: true } });
  const note = (patch: object) => noteContentSchema.parse({ ...initialNoteContent(steps, ["STEAM"]), ...patch });

  test("a skipped flagged step is fine", () => {
    expect(checkNote(note({}), rosacea, [])).toEqual({});
  });

  test("a flagged step performed needs a reason", () => {
    const performed = note({ steps: [{ step: "STEAM", performed: true, overrideReason: "" }] });
    expect(Object.keys(checkNote(performed, rosacea, []))).toEqual(["steps.0.overrideReason"]);
    const reasoned = note({ steps: [{ step: "STEAM", performed: true, overrideReason: "Cleared by dermatologist" }] });
    expect(checkNote(reasoned, rosacea, [])).toEqual({});
  });

  test("an unflagged step needs no reason", () => {
    expect(checkNote(note({ steps: [{ step: "STEAM", performed: true, overrideReason: "" }] }), [], [])).toEqual({});
  });

  test("a product with the client's allergen is refused with the reason; unknown products too", () => {
    const allergic = flagsFor({ allergies: { ingredients: ["fragrance"] } });
    const scented = { id: "11111111-1111-4111-8111-111111111111", name: "Rose cleanser", ingredients: ["fragrance"] };
    const plain = { id: "22222222-2222-4222-8222-222222222222", name: "Gel", ingredients: [] };
    expect(productRefusal(scented, allergic)).toMatch(/^Rose cleanser contains Fragrance/);
    expect(productRefusal(plain, allergic)).toBeNull();
    const errors = checkNote(note({ productIds: [scented.id, plain.id, "33333333-3333-4333-8333-333333333333"] }), allergic, [
      scented,
      plain,
    ]);
    expect(errors.productIds).toHaveLength(2);
    expect(errors.productIds![1]).toMatch(/not in the catalogue/);
  });

  test("pregnancy refuses retinoids and hydroquinone but not a plain product", () => {
    const pregnant = flagsFor({ pregnancy: { pregnant: true } });
    const retinol = { id: "r", name: "Retinol serum", ingredients: ["retinoids"] };
    expect(productRefusal(retinol, pregnant) ?? productCautions(retinol, pregnant).join()).toBeTruthy();
    expect(productRefusal({ id: "p", name: "Gel", ingredients: [] }, pregnant)).toBeNull();
  });
});
