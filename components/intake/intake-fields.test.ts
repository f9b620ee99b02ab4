import { describe, expect, test } from "vitest";
import { INTAKE_FIELD_LABELS, INTAKE_FIELD_ORDER, NONE_APPLY_SECTIONS, createIntakeSchema, flattenAnswers } from "@/lib/intake";
import { blankIntakeInput, prefillIntake } from "@/lib/intake/defaults";
import { buildIntakeAnswers, buildIntakeInput } from "@/tests/support/intake";
import { formPaths } from "./intake-fields";

describe("the intake form's controls", () => {
  test("every answer of the schema has exactly one control (consent has its own section)", () => {
    const paths = formPaths();
    expect(new Set(paths).size).toBe(paths.length);
    const consent = ["consent.agreed", "consent.signature", "consent.clinicalPhotos", "consent.marketingPhotos"];
    expect([...paths, ...consent].sort()).toEqual([...INTAKE_FIELD_ORDER].sort());
  });

  test("every control has a label", () => {
    for (const path of formPaths()) expect(INTAKE_FIELD_LABELS[path], path).toBeTruthy();
  });
});

describe("the form's starting values", () => {
  const contact = { fullName: "Ana Souza", email: "ana@example.com", phone: "+1 555 010 2030" };

  test("a blank form is invalid only for what the client must choose, consent and signature included", () => {
    const result = createIntakeSchema({ today: "2030-03-04" }).safeParse(blankIntakeInput(contact));
    expect(result.success).toBe(false);
    const paths = new Set(result.error!.issues.map((issue) => issue.path.join(".")));
    expect([...paths].sort()).toEqual(
      [
        "consent.agreed",
        "consent.signature",
        "emergencyContact.name",
        "emergencyContact.phone",
        "lifestyle.sunExposure",
        "skin.fitzpatrick",
        "skin.type",
        // Each section of boxes: a tick or "none of these apply".
        ...NONE_APPLY_SECTIONS.map((section) => `${section}.noneApply`),
      ].sort(),
    );
  });

  test("every control starts with a value (follow-ups empty), apart from the choices the client must make", () => {
    const blank = flattenAnswers(blankIntakeInput(contact));
    expect(
      formPaths()
        .filter((path) => blank.get(path) === undefined)
        .sort(),
    ).toEqual(["lifestyle.sunExposure", "skin.fitzpatrick", "skin.type"]);
    expect(blank.get("hairRemoval.waxing.date")).toBe("");
    expect(blank.get("actives.topicalRetinoid.lastUsedOn")).toBe("");
  });

  test("the latest answers prefill the form, a draft goes on top, consent is asked afresh", () => {
    const latest = buildIntakeAnswers({ skinHistory: { rosacea: true } });
    const filled = prefillIntake(blankIntakeInput(contact), latest, { pregnancy: { pregnant: true } });
    expect(filled.skinHistory.rosacea).toBe(true);
    expect(filled.pregnancy.pregnant).toBe(true);
    expect(filled.consent).toEqual({ agreed: false, signature: "", clinicalPhotos: false, marketingPhotos: false });
    const signed = { ...filled, consent: { agreed: true, signature: "Ana Souza" } };
    expect(createIntakeSchema({ today: "2030-03-04" }).safeParse(signed).success).toBe(true);
  });

  test("a fixture input passes through prefill unchanged apart from consent", () => {
    const input = buildIntakeInput();
    const filled = prefillIntake(blankIntakeInput(contact), null, input as never);
    expect(filled.consent).toEqual({ ...input.consent, clinicalPhotos: false, marketingPhotos: false });
  });

  test("the photo boxes start as the client's photo consents stand now", () => {
    const latest = buildIntakeAnswers({ consent: { clinicalPhotos: false, marketingPhotos: true } });
    const photos = { clinicalPhotos: true, marketingPhotos: false };
    expect(prefillIntake(blankIntakeInput(contact), latest, null, photos).consent).toEqual({ agreed: false, signature: "", ...photos });
    // A draft the client is still editing keeps what they ticked there.
    const draft = { consent: { clinicalPhotos: false } };
    expect(prefillIntake(blankIntakeInput(contact), latest, draft, photos).consent.clinicalPhotos).toBe(false);
  });
});
