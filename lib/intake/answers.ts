import { ALLERGEN_LABELS } from "./ingredients";
import { labelForPath } from "./labels";
import {
  ACTIVE_STATUS_LABELS,
  CONCERN_LABELS,
  CONDITION_LABELS,
  FACE_AREA_LABELS,
  FITZPATRICK_LABELS,
  RETINOID_LABELS,
  SKIN_TYPE_LABELS,
  SUN_EXPOSURE_LABELS,
} from "./options";

type Labels = Readonly<Record<string, string>>;

const OPTION_LABELS_BY_PATH: [RegExp, Labels][] = [
  [/^skin\.type$/, SKIN_TYPE_LABELS],
  [/^skin\.fitzpatrick$/, FITZPATRICK_LABELS],
  [/^skin\.concerns$/, CONCERN_LABELS],
  [/^medical\.conditions$/, CONDITION_LABELS],
  [/^actives\.\w+\.status$/, ACTIVE_STATUS_LABELS],
  [/^actives\.topicalRetinoid\.products$/, RETINOID_LABELS],
  [/\.areas$/, FACE_AREA_LABELS],
  [/^lifestyle\.sunExposure$/, SUN_EXPOSURE_LABELS],
  [/^allergies\.ingredients$/, ALLERGEN_LABELS],
];

/** The labels of a closed-list answer's values, or null for free answers (text, dates, yes/no). */
export function optionLabelsFor(path: string): Labels | null {
  return OPTION_LABELS_BY_PATH.find(([pattern]) => pattern.test(path))?.[1] ?? null;
}

/**
 * One answer as plain text for the chart: yes/no, option labels, lists joined, "—" for no answer.
 * Dates stay `YYYY-MM-DD`; the page formats them with Intl in the spa's locale.
 */
export function describeAnswer(path: string, value: unknown): string {
  if (value === undefined || value === null || value === "") return "—";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  const labels = optionLabelsFor(path);
  const name = (item: unknown) => (labels && typeof item === "string" ? (labels[item] ?? item) : String(item));
  if (Array.isArray(value)) return value.length === 0 ? "None" : value.map(name).join(", ");
  return name(value);
}

/** "Label: answer", for lists of answers. */
export function describeField(path: string, value: unknown): string {
  return `${labelForPath(path)}: ${describeAnswer(path, value)}`;
}
