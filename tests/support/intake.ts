import { answerNoToEverything, overlay } from "@/lib/intake/defaults";
import type { DeepPartial } from "@/lib/intake/draft";
import { createIntakeSchema, type IntakeAnswers, type IntakeInput } from "@/lib/intake/schema";

/**
 * Test data: a complete, valid intake of a client who answers "no" to everything (the blank form's
 * "no" answers, without its empty follow-up inputs), with her own skin and sun choices, signed.
 * Tests (unit and integration) change only what they are about.
 */
export function buildIntakeInput(patch: DeepPartial<IntakeInput> = {}): IntakeInput {
  const ana: IntakeInput = {
    contact: { fullName: "Ana Souza", email: "ana@example.com", phone: "+1 555 010 2030" },
    emergencyContact: { name: "Rui Souza", phone: "+1 555 010 2031", relationship: "Partner" },
    physician: { name: "", phone: "" },
    ...answerNoToEverything(),
    consent: { agreed: true, signature: "Ana Souza" },
  };
  const choices: DeepPartial<IntakeInput> = {
    lifestyle: { sunExposure: "moderate" },
    skin: { type: "combination", fitzpatrick: "II", concerns: ["blackheads", "enlarged-pores"] },
  };
  return overlay(overlay(ana, choices), patch);
}

/** Validated answers (what lib/contraindications reads) with `patch` applied after parsing. */
export function buildIntakeAnswers(patch: DeepPartial<IntakeAnswers> = {}): IntakeAnswers {
  const answers = createIntakeSchema({ today: "2099-12-31" }).parse(buildIntakeInput());
  return overlay(answers, patch);
}
