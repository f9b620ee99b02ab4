import { NONE_APPLY_KEY, NONE_APPLY_SECTIONS } from "./none-apply";

/**
 * The one place the intake's questions are worded: section headings and a label for every stored
 * answer, keyed by its dotted path ("actives.isotretinoin.lastUsedOn"), in the order of the form.
 * The form, the chart and diffIntake all read these; lib/intake/labels.test.ts proves every field
 * of the schema has one.
 */
export const INTAKE_SECTION_LABELS = {
  contact: "Your contact details",
  emergencyContact: "Emergency contact",
  physician: "Your doctor",
  medical: "Medical history",
  currentHealth: "How you are today",
  actives: "Medications and skin-care actives",
  pregnancy: "Pregnancy and hormones",
  skinHistory: "Skin history",
  devices: "Devices and implants",
  hairRemoval: "Hair removal on the face",
  procedures: "Recent treatments and procedures",
  lifestyle: "Lifestyle and sun",
  skin: "Your skin",
  allergies: "Allergies",
  consent: "Consent and signature",
} as const;
export type IntakeSection = keyof typeof INTAKE_SECTION_LABELS;

function dated(prefix: string, question: string, dateLabel = `${question} — date`): [string, string][] {
  return [
    [`${prefix}.yes`, question],
    [`${prefix}.date`, dateLabel],
  ];
}

function active(prefix: string, name: string, dateLabel = `${name} — last used on`): [string, string][] {
  return [
    [`${prefix}.status`, name],
    [`${prefix}.lastUsedOn`, dateLabel],
    [`${prefix}.details`, `${name} — details`],
  ];
}

const ENTRIES: [string, string][] = [
  ["contact.fullName", "Full name"],
  ["contact.email", "Email"],
  ["contact.phone", "Phone"],
  ["emergencyContact.name", "Emergency contact — name"],
  ["emergencyContact.phone", "Emergency contact — phone"],
  ["emergencyContact.relationship", "Emergency contact — relationship"],
  ["physician.name", "Doctor — name"],
  ["physician.phone", "Doctor — phone"],
  ["medical.doctorsCare.yes", "Under a doctor's or dermatologist's care in the past year"],
  ["medical.doctorsCare.details", "Doctor's care — what for"],
  ...dated("medical.surgery", "Surgery in the past nine months"),
  ["medical.surgery.details", "Surgery — what was done"],
  ["medical.conditions", "Medical conditions"],
  ["medical.conditionDetails", "Medical conditions — details"],
  ["medical.bloodThinners.yes", "Takes blood thinners (e.g. warfarin, aspirin daily)"],
  ["medical.bloodThinners.details", "Blood thinners — which"],
  ["medical.otherMedications", "Other medications and supplements"],
  ["currentHealth.activeInfection", "A skin infection right now"],
  ["currentHealth.fever", "A fever right now"],
  ["currentHealth.openSores", "Open sores or wounds on the face right now"],
  ["currentHealth.activeColdSore", "A cold sore right now"],
  ["currentHealth.conjunctivitis", "Conjunctivitis (pink eye) right now"],
  ...active("actives.isotretinoin", "Isotretinoin (e.g. Accutane, Roaccutane)", "Isotretinoin — stopped on"),
  ...active("actives.topicalRetinoid", "Topical retinoid"),
  ["actives.topicalRetinoid.products", "Topical retinoid — which"],
  ...active("actives.ahaBha", "AHA or BHA acids (glycolic, lactic, salicylic)"),
  ...active("actives.hydroquinone", "Hydroquinone"),
  ...active("actives.vitaminC", "Vitamin C serum"),
  ...active("actives.acneMedication", "Acne medication (creams or tablets)"),
  ["pregnancy.pregnant", "Pregnant"],
  ["pregnancy.nursing", "Breastfeeding"],
  ["pregnancy.planningPregnancy", "Planning a pregnancy"],
  ["pregnancy.hormoneTherapy", "Hormone therapy (including the pill)"],
  ...dated("skinHistory.coldSores", "Has had cold sores (herpes simplex)", "Cold sores — last outbreak"),
  ["skinHistory.keloids", "Keloids or raised scars"],
  ["skinHistory.rosacea", "Rosacea"],
  ["skinHistory.dilatedCapillaries", "Dilated or broken capillaries"],
  ["skinHistory.eczemaPsoriasisDermatitis.yes", "Eczema, psoriasis or dermatitis"],
  ["skinHistory.eczemaPsoriasisDermatitis.flaringNow", "Eczema, psoriasis or dermatitis — flaring now"],
  ["skinHistory.eczemaPsoriasisDermatitis.areas", "Eczema, psoriasis or dermatitis — where"],
  ["skinHistory.activeAcne", "Active acne"],
  ["devices.pacemaker", "Pacemaker"],
  ["devices.metalImplants", "Metal implants, plates or pins"],
  ["devices.contactLenses", "Wears contact lenses"],
  ...dated("hairRemoval.waxing", "Waxing"),
  ...dated("hairRemoval.threading", "Threading"),
  ...dated("hairRemoval.laserHairRemoval", "Laser hair removal"),
  ...dated("hairRemoval.depilatory", "Hair removal cream"),
  ...dated("hairRemoval.dermaplaning", "Dermaplaning"),
  ...dated("procedures.chemicalPeel", "Chemical peel"),
  ...dated("procedures.laserAblative", "Ablative laser (resurfacing)"),
  ...dated("procedures.laserNonAblative", "Non-ablative laser or IPL"),
  ...dated("procedures.microdermabrasion", "Microdermabrasion"),
  ...dated("procedures.microneedling", "Microneedling"),
  ...dated("procedures.botox", "Botulinum toxin (e.g. Botox)"),
  ["procedures.botox.areas", "Botulinum toxin — areas treated"],
  ...dated("procedures.fillers", "Dermal fillers"),
  ["procedures.fillers.areas", "Dermal fillers — areas treated"],
  ...dated("procedures.facialSurgery", "Facial surgery"),
  ["lifestyle.smoking", "Smokes"],
  ["lifestyle.sunExposure", "Sun exposure"],
  ...dated("lifestyle.tanning", "Tanning bed or sunbathing in the last week"),
  ["lifestyle.sunburn", "Sunburnt right now"],
  ["lifestyle.windburn", "Windburnt right now"],
  ["skin.type", "Skin type"],
  ["skin.fitzpatrick", "How the skin reacts to sun (Fitzpatrick type)"],
  ["skin.concerns", "Skin concerns"],
  ["skin.goals", "Goals"],
  ["skin.routine", "Current skin-care routine"],
  ["allergies.ingredients", "Allergies"],
  ["allergies.other", "Other allergies"],
  ["consent.agreed", "Consent given"],
  ["consent.signature", "Signature"],
  ["consent.clinicalPhotos", "Consent to clinical photos"],
  ["consent.marketingPhotos", "Consent to photos in marketing"],
];

/** Each section of boxes ends with its "none of these apply" (lib/intake/none-apply.ts). */
function withNoneApplyLabels(entries: [string, string][]): [string, string][] {
  return NONE_APPLY_SECTIONS.reduce((list, section) => {
    const last = list.findLastIndex(([path]) => path.startsWith(`${section}.`));
    const entry: [string, string] = [`${section}.${NONE_APPLY_KEY}`, `${INTAKE_SECTION_LABELS[section]}: none of these apply`];
    return [...list.slice(0, last + 1), entry, ...list.slice(last + 1)];
  }, entries);
}

const ORDERED_ENTRIES = withNoneApplyLabels(ENTRIES);

/** Dotted answer path → label, in form order. */
export const INTAKE_FIELD_LABELS: Readonly<Record<string, string>> = Object.freeze(Object.fromEntries(ORDERED_ENTRIES));

/** The position of each path in the form, for ordering lists of answers. */
export const INTAKE_FIELD_ORDER: readonly string[] = ORDERED_ENTRIES.map(([path]) => path);

/** The label of an answer path; an unknown path (an older form's field) is shown as itself. */
export function labelForPath(path: string): string {
  return INTAKE_FIELD_LABELS[path] ?? path;
}
