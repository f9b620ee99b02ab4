import { describe, expect, test } from "vitest";
import { computeAvoidModel } from "@/lib/contraindications";
import { buildIntakeAnswers } from "@/tests/support/intake";
import { canSignNow, checkNote, productCautions, productRefusal, signOpensAt } from "./note-rules";
import { initialNoteContent, noteContentSchema } from "./schema";

const steps = ["CLEANSE", "STEAM", "EXTRACTION", "MASK"] as const;
const modelFor = (patch: Parameters<typeof buildIntakeAnswers>[0]) =>
  computeAvoidModel({ intake: buildIntakeAnswers(patch), visitDate: "2030-03-12" });

describe("initialNoteContent", () => {
  test("prefills every step of the service, flagged ones skipped, no analysis yet", () => {
    const content = initialNoteContent(steps, ["STEAM"]);
    expect(content.steps.map((s) => [s.step, s.performed])).toEqual([
      ["CLEANSE", true],
      ["STEAM", false],
      ["EXTRACTION", true],
      ["MASK", true],
    ]);
    expect(content.faceMap).toEqual({ findings: [], markers: [] });
    expect(content.analysis).toEqual({ skinType: "", fitzpatrick: "", observed: [] });
  });
});

describe("checkNote", () => {
  const rosacea = modelFor({ skinHistory: { rosacea: true } });
  const nothing = modelFor({});
  const note = (patch: object) => noteContentSchema.parse({ ...initialNoteContent(steps, ["STEAM"]), ...patch });
  const scented = { id: "11111111-1111-4111-8111-111111111111", name: "Rose cleanser", ingredients: ["fragrance"] };
  const plain = { id: "22222222-2222-4222-8222-222222222222", name: "Gel", ingredients: [] };

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
    expect(checkNote(note({ steps: [{ step: "STEAM", performed: true, overrideReason: "" }] }), nothing, [])).toEqual({});
  });

  test("a product with the client's allergen, ticked or typed, is refused with the rule's name; unknown products too", () => {
    for (const allergic of [modelFor({ allergies: { ingredients: ["fragrance"] } }), modelFor({ allergies: { other: "perfume" } })]) {
      expect(productRefusal(scented, allergic)).toBe("Rose cleanser contains Fragrance (parfum) — Known allergens.");
      expect(productRefusal(plain, allergic)).toBeNull();
      const errors = checkNote(note({ productIds: [scented.id, plain.id, "33333333-3333-4333-8333-333333333333"] }), allergic, [
        scented,
        plain,
      ]);
      expect(errors.productIds).toHaveLength(2);
      expect(errors.productIds![1]).toMatch(/not in the catalogue/);
    }
  });

  test("an allergy the dictionary cannot read: every product needs its label confirmed", () => {
    const kiwi = modelFor({ allergies: { other: "kiwi" } });
    expect(checkNote(note({ productIds: [plain.id] }), kiwi, [plain]).productIds).toEqual([
      'Gel: confirm you checked its label. Check the label against the allergy the client wrote as "kiwi".',
    ]);
    expect(checkNote(note({ productIds: [plain.id], productConfirmations: [plain.id] }), kiwi, [plain])).toEqual({});
  });

  test("pregnancy refuses retinoids and hydroquinone, warns about salicylic acid, and leaves a plain product alone", () => {
    const pregnant = modelFor({ pregnancy: { pregnant: true } });
    expect(productRefusal({ id: "r", name: "Retinol serum", ingredients: ["retinoids"] }, pregnant)).toMatch(
      /Pregnant or nursing: products/,
    );
    expect(productCautions({ id: "s", name: "BHA toner", ingredients: ["salicylic-acid"] }, pregnant)).toEqual([
      "Contains Salicylic acid (BHA) — Pregnant or nursing: salicylates at home.",
    ]);
    expect(productRefusal({ id: "p", name: "Gel", ingredients: [] }, pregnant)).toBeNull();
  });
});

describe("signing only once the visit has started", () => {
  const startsAt = new Date("2030-03-12T15:00:00Z");
  test.each([
    ["an hour before", "2030-03-12T14:00:00Z", false],
    ["six minutes before", "2030-03-12T14:54:00Z", false],
    ["five minutes before (clock tolerance)", "2030-03-12T14:55:00Z", true],
    ["at the start", "2030-03-12T15:00:00Z", true],
    ["the next day", "2030-03-13T09:00:00Z", true],
  ])("%s → %s", (_when, now, allowed) => {
    expect(canSignNow(startsAt, new Date(now))).toBe(allowed);
  });
  test("opens five minutes before the start", () => {
    expect(signOpensAt(startsAt).toISOString()).toBe("2030-03-12T14:55:00.000Z");
  });
});
