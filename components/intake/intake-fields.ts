import {
  ACTIVE_STATUS_LABELS,
  ALLERGEN_LABELS,
  CONCERN_LABELS,
  CONDITION_LABELS,
  FACE_AREA_LABELS,
  FITZPATRICK_LABELS,
  RETINOID_LABELS,
  SKIN_TYPE_LABELS,
  SUN_EXPOSURE_LABELS,
  NONE_APPLY_KEY,
  isNoneApplySection,
  type IntakeSection,
} from "@/lib/intake";

type Options = Readonly<Record<string, string>>;

/**
 * The intake form as data: which control each answer gets and which questions open only when
 * another answer makes them relevant. Wording comes from lib/intake/labels.ts (by path).
 */
export type FieldSpec =
  | { kind: "text"; path: string; type?: "email" | "tel" | "date"; multiline?: boolean; autoComplete?: string; required?: boolean }
  | { kind: "check"; path: string }
  | { kind: "radio"; path: string; options: Options; required?: boolean }
  | { kind: "multi"; path: string; options: Options }
  | { kind: "when"; path: string; is: (value: unknown) => boolean; fields: FieldSpec[] }
  /** "None of these apply": clears the section's boxes, and is cleared when one is ticked. */
  | { kind: "none"; path: string; section: IntakeSection };

const isYes = (value: unknown) => value === true;
const text = (path: string, extra: Partial<Extract<FieldSpec, { kind: "text" }>> = {}): FieldSpec => ({ kind: "text", path, ...extra });
const check = (path: string): FieldSpec => ({ kind: "check", path });
const date = (path: string): FieldSpec => text(path, { type: "date", required: true });

/** "Yes, on this date": the date (and any extra question) opens when ticked. */
function dated(prefix: string, extra: FieldSpec[] = []): FieldSpec[] {
  return [check(`${prefix}.yes`), { kind: "when", path: `${prefix}.yes`, is: isYes, fields: [date(`${prefix}.date`), ...extra] }];
}

/** No / now / stopped: the date of last use opens for "stopped", details for any use. */
function active(prefix: string, extra: FieldSpec[] = []): FieldSpec[] {
  return [
    { kind: "radio", path: `${prefix}.status`, options: ACTIVE_STATUS_LABELS },
    { kind: "when", path: `${prefix}.status`, is: (value) => value === "stopped", fields: [date(`${prefix}.lastUsedOn`)] },
    {
      kind: "when",
      path: `${prefix}.status`,
      is: (value) => value === "current" || value === "stopped",
      fields: [...extra, text(`${prefix}.details`)],
    },
  ];
}

export type FormSection = { section: IntakeSection; hint?: string; fields: FieldSpec[] };

const QUESTIONS: FormSection[] = [
  {
    section: "contact",
    fields: [
      text("contact.fullName", { autoComplete: "name", required: true }),
      text("contact.email", { type: "email", autoComplete: "email", required: true }),
      text("contact.phone", { type: "tel", autoComplete: "tel", required: true }),
    ],
  },
  {
    section: "emergencyContact",
    fields: [
      text("emergencyContact.name", { required: true }),
      text("emergencyContact.phone", { type: "tel", required: true }),
      text("emergencyContact.relationship"),
    ],
  },
  { section: "physician", fields: [text("physician.name"), text("physician.phone", { type: "tel" })] },
  {
    section: "medical",
    fields: [
      check("medical.doctorsCare.yes"),
      { kind: "when", path: "medical.doctorsCare.yes", is: isYes, fields: [text("medical.doctorsCare.details", { multiline: true })] },
      ...dated("medical.surgery", [text("medical.surgery.details", { multiline: true })]),
      { kind: "multi", path: "medical.conditions", options: CONDITION_LABELS },
      {
        kind: "when",
        path: "medical.conditions",
        is: (value) => Array.isArray(value) && value.length > 0,
        fields: [text("medical.conditionDetails", { multiline: true })],
      },
      check("medical.bloodThinners.yes"),
      { kind: "when", path: "medical.bloodThinners.yes", is: isYes, fields: [text("medical.bloodThinners.details")] },
      text("medical.otherMedications", { multiline: true }),
    ],
  },
  {
    section: "currentHealth",
    hint: "Tick anything that is true today. We ask again when you arrive.",
    fields: ["activeInfection", "fever", "openSores", "activeColdSore", "conjunctivitis"].map((key) => check(`currentHealth.${key}`)),
  },
  {
    section: "actives",
    fields: [
      ...active("actives.isotretinoin"),
      ...active("actives.topicalRetinoid", [{ kind: "multi", path: "actives.topicalRetinoid.products", options: RETINOID_LABELS }]),
      ...active("actives.ahaBha"),
      ...active("actives.hydroquinone"),
      ...active("actives.vitaminC"),
      ...active("actives.acneMedication"),
    ],
  },
  { section: "pregnancy", fields: ["pregnant", "nursing", "planningPregnancy", "hormoneTherapy"].map((key) => check(`pregnancy.${key}`)) },
  {
    section: "skinHistory",
    fields: [
      ...dated("skinHistory.coldSores"),
      check("skinHistory.keloids"),
      check("skinHistory.rosacea"),
      check("skinHistory.dilatedCapillaries"),
      check("skinHistory.eczemaPsoriasisDermatitis.yes"),
      {
        kind: "when",
        path: "skinHistory.eczemaPsoriasisDermatitis.yes",
        is: isYes,
        fields: [
          check("skinHistory.eczemaPsoriasisDermatitis.flaringNow"),
          {
            kind: "when",
            path: "skinHistory.eczemaPsoriasisDermatitis.flaringNow",
            is: isYes,
            fields: [{ kind: "multi", path: "skinHistory.eczemaPsoriasisDermatitis.areas", options: FACE_AREA_LABELS }],
          },
        ],
      },
      check("skinHistory.activeAcne"),
    ],
  },
  { section: "devices", fields: [check("devices.pacemaker"), check("devices.metalImplants"), check("devices.contactLenses")] },
  {
    section: "hairRemoval",
    hint: "Tick what you have had done on your face, and when it was last done.",
    fields: ["waxing", "threading", "laserHairRemoval", "depilatory", "dermaplaning"].flatMap((key) => dated(`hairRemoval.${key}`)),
  },
  {
    section: "procedures",
    fields: [
      ...["chemicalPeel", "laserAblative", "laserNonAblative", "microdermabrasion", "microneedling"].flatMap((key) =>
        dated(`procedures.${key}`),
      ),
      ...dated("procedures.botox", [{ kind: "multi", path: "procedures.botox.areas", options: FACE_AREA_LABELS }]),
      ...dated("procedures.fillers", [{ kind: "multi", path: "procedures.fillers.areas", options: FACE_AREA_LABELS }]),
      ...dated("procedures.facialSurgery"),
    ],
  },
  {
    section: "lifestyle",
    fields: [
      check("lifestyle.smoking"),
      { kind: "radio", path: "lifestyle.sunExposure", options: SUN_EXPOSURE_LABELS, required: true },
      ...dated("lifestyle.tanning"),
      check("lifestyle.sunburn"),
      check("lifestyle.windburn"),
    ],
  },
  {
    section: "skin",
    fields: [
      { kind: "radio", path: "skin.type", options: SKIN_TYPE_LABELS, required: true },
      { kind: "radio", path: "skin.fitzpatrick", options: FITZPATRICK_LABELS, required: true },
      { kind: "multi", path: "skin.concerns", options: CONCERN_LABELS },
      text("skin.goals", { multiline: true }),
      text("skin.routine", { multiline: true }),
    ],
  },
  {
    section: "allergies",
    fields: [{ kind: "multi", path: "allergies.ingredients", options: ALLERGEN_LABELS }, text("allergies.other", { multiline: true })],
  },
];

/**
 * A section of boxes gets its "None of these apply" after the boxes, before any closing free-text
 * question ("Other medications", "Other allergies"), which stays a question of its own.
 */
function withNoneApply({ section, hint, fields }: FormSection): FormSection {
  if (!isNoneApplySection(section)) return { section, hint, fields };
  let end = fields.length;
  while (end > 0 && fields[end - 1]!.kind === "text") end--;
  const none: FieldSpec = { kind: "none", path: `${section}.${NONE_APPLY_KEY}`, section };
  return { section, hint, fields: [...fields.slice(0, end), none, ...fields.slice(end)] };
}

export const INTAKE_FORM_SECTIONS: FormSection[] = QUESTIONS.map(withNoneApply);

/** Every path the form has a control for, to put server errors on their fields. */
export function formPaths(fields: FieldSpec[] = INTAKE_FORM_SECTIONS.flatMap((s) => s.fields)): string[] {
  return fields.flatMap((field) => (field.kind === "when" ? formPaths(field.fields) : [field.path]));
}

export function fieldId(path: string): string {
  return `intake-${path.replace(/\./g, "-")}`;
}
