import { describe, expect, test } from "vitest";
import { clientPlanSections, clientVisibleNote, ERASED_TEXT, erasedClientName, redactIntakeAnswers } from "./views";

describe("clientVisibleNote", () => {
  const products = new Map([
    ["p1", "Gentle gel"],
    ["p2", "Rose cleanser"],
  ]);
  test("keeps what was done, the products and the skin's response, and nothing of the staff's notes", () => {
    const stored = {
      subjective: "Says she is stressed at work.",
      objective: "Comedones on the nose.",
      assessment: "Deep pore cleanse.",
      plan: "Retinol later.",
      nextTime: "Ask about her new medication.",
      faceMap: { findings: [{ zone: "nose", finding: "comedones" }], markers: [] },
      analysis: { skinType: "oily" },
      steps: [
        { step: "CLEANSE" as const, performed: true, overrideReason: "" },
        { step: "STEAM" as const, performed: false, overrideReason: "Rosacea" },
        { step: "EXTRACTION" as const, performed: true, overrideReason: "" },
      ],
      productIds: ["p1", "gone"],
      skinResponse: " Mild redness on the nose. ",
    };
    const view = clientVisibleNote(stored, products);
    expect(view).toEqual({
      stepsPerformed: ["Cleanse", "Extraction"],
      stepsSkipped: ["Steam"],
      products: ["Gentle gel"],
      skinResponse: "Mild redness on the nose.",
    });
    const text = JSON.stringify(view);
    for (const secret of ["stressed", "Comedones", "Deep pore", "Retinol", "medication", "Rosacea", "oily", 'nose","finding']) {
      expect(text).not.toContain(secret);
    }
  });
  test.each([
    ["an empty note", {}],
    ["a note without steps", { skinResponse: "" }],
  ])("%s gives empty lists", (_name, stored) => {
    expect(clientVisibleNote(stored, products)).toEqual({ stepsPerformed: [], stepsSkipped: [], products: [], skinResponse: "" });
  });
});

describe("clientPlanSections", () => {
  test("labels sections in order, drops empty ones, and keeps only each line's text and why", () => {
    const sections = {
      weekly: [{ text: "Mask once a week", reason: "Oily skin", source: "FACTS", rule: "weekly.mask" }],
      first72Hours: [{ text: "No makeup", reason: "Extraction", source: "FACTS" }],
      avoid: [],
    };
    const result = clientPlanSections(sections, { first72Hours: "The first 72 hours", weekly: "Weekly" }, [
      "first72Hours",
      "weekly",
      "avoid",
    ]);
    expect(result).toEqual([
      { section: "The first 72 hours", lines: [{ text: "No makeup", why: "Extraction" }] },
      { section: "Weekly", lines: [{ text: "Mask once a week", why: "Oily skin" }] },
    ]);
  });
});

describe("redactIntakeAnswers", () => {
  test("blanks the contact and emergency contact, keeps clinical answers and the consent", () => {
    const answers = {
      contact: { fullName: "Ana Souza", email: "ana@example.com", phone: "+1 555" },
      emergencyContact: { name: "Rui", phone: "+1 556", relationship: "Partner" },
      pregnancy: { pregnant: true },
      consent: { agreed: true, signature: "Ana Souza" },
    };
    const redacted = redactIntakeAnswers(answers);
    expect(redacted.contact).toEqual({ fullName: ERASED_TEXT, email: ERASED_TEXT, phone: ERASED_TEXT });
    expect(redacted.emergencyContact).toEqual({ name: ERASED_TEXT, phone: ERASED_TEXT, relationship: ERASED_TEXT });
    expect(redacted.pregnancy).toEqual({ pregnant: true });
    expect(redacted.consent).toEqual(answers.consent);
    expect(answers.contact.fullName).toBe("Ana Souza");
  });
  test.each([[null], ["text"], [[1, 2]], [{ contact: null }]])("tolerates %j", (answers) => {
    expect(() => redactIntakeAnswers(answers)).not.toThrow();
  });
});

test("erasedClientName names the row without anything personal", () => {
  expect(erasedClientName("3f2a1b9c-0000-4000-8000-000000000001")).toBe("Erased client 3f2a1b9c");
});
