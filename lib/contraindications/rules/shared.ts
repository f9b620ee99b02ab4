import { FACE_AREA_LABELS, type FaceArea } from "@/lib/intake/options";
import type { IntakeAnswers } from "@/lib/intake/schema";

/** The `source` of a rule: the FACTS.md row it encodes, quoted from the table's first column. */
export function factsRow(row: string): string {
  return `FACTS.md: contraindications table, row "${row}"`;
}

export function describeAreas(areas: readonly FaceArea[]): string {
  return areas.length === 0 ? "areas not given" : `areas: ${areas.map((area) => FACE_AREA_LABELS[area].toLowerCase()).join(", ")}`;
}

/** "pregnant", "nursing", "pregnant and nursing", or null. */
export function pregnantOrNursing(intake: IntakeAnswers): string | null {
  const { pregnant, nursing } = intake.pregnancy;
  if (pregnant && nursing) return "pregnant and nursing";
  if (pregnant) return "pregnant";
  return nursing ? "nursing" : null;
}

/** The dates of the ticked items among `items`. */
export function datesOfTicked(items: readonly { yes: boolean; date?: string }[]): string[] {
  return items.flatMap((item) => (item.yes && item.date ? [item.date] : []));
}
