import { z } from "zod";

// FACTS.md "Treatment notes (SOAP)": findings marked on a face chart by zone. Left and right are
// the client's own, as on a chart facing the esthetician (the client's left cheek is drawn on the
// viewer's right).
export const FACE_ZONE_LABELS = {
  forehead: "Forehead",
  "right-temple": "Right temple",
  "left-temple": "Left temple",
  nose: "Nose",
  "right-cheek": "Right cheek",
  "left-cheek": "Left cheek",
  chin: "Chin",
  jaw: "Jaw",
  neck: "Neck",
} as const;
export type FaceZone = keyof typeof FACE_ZONE_LABELS;
export const FACE_ZONES = Object.keys(FACE_ZONE_LABELS) as [FaceZone, ...FaceZone[]];

export const FINDING_LABELS = {
  congestion: "Congestion",
  comedones: "Comedones",
  breakouts: "Active breakouts",
  redness: "Redness",
  dryness: "Dryness",
  dehydration: "Dehydration",
  pigmentation: "Pigmentation",
  "fine-lines": "Fine lines",
  milia: "Milia",
  scarring: "Scarring",
} as const;
export type Finding = keyof typeof FINDING_LABELS;
export const FINDINGS = Object.keys(FINDING_LABELS) as [Finding, ...Finding[]];

export const MARKER_NOTE_MAX = 140;
export const MAX_MARKERS = 20;

const zone = z.enum(FACE_ZONES);
const finding = z.enum(FINDINGS);
/** A position on the drawing, as fractions of its width and height (0–1), so it scales with it. */
const fraction = z.number().min(0).max(1);

export const faceFindingSchema = z.object({ zone, finding });
export const faceMarkerSchema = z.object({
  zone,
  x: fraction,
  y: fraction,
  finding: finding.nullable().default(null),
  note: z.string().trim().max(MARKER_NOTE_MAX, `Please keep a marker's note under ${MARKER_NOTE_MAX} characters`).default(""),
});

/** The face map of a note: findings by zone, and pinned markers with a short note. */
export const faceMapSchema = z
  .object({
    findings: z
      .array(faceFindingSchema)
      .max(FACE_ZONES.length * FINDINGS.length)
      .default([])
      // A finding ticked twice is one finding.
      .transform((list) => list.filter((f, i) => list.findIndex((g) => g.zone === f.zone && g.finding === f.finding) === i)),
    markers: z.array(faceMarkerSchema).max(MAX_MARKERS, `Use at most ${MAX_MARKERS} markers`).default([]),
  })
  .default({ findings: [], markers: [] });
export type FaceMapInput = z.input<typeof faceMapSchema>;
export type FaceMap = z.output<typeof faceMapSchema>;
export type FaceMarker = FaceMap["markers"][number];

export const EMPTY_FACE_MAP: FaceMap = { findings: [], markers: [] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Notes written before the drawn face map stored `zones: Record<zone, finding[]>` (and signed ones
 * can never be rewritten). This turns that shape into `faceMap.findings`, keeping zones and findings
 * it knows and dropping anything else; content already in the new shape passes through unchanged.
 */
export function upgradeLegacyFaceMap(content: unknown): unknown {
  if (!isRecord(content) || content.faceMap !== undefined || !isRecord(content.zones)) return content;
  const { zones, ...rest } = content;
  const findings = Object.entries(zones).flatMap(([zoneId, list]) =>
    Object.hasOwn(FACE_ZONE_LABELS, zoneId) && Array.isArray(list)
      ? list
          .filter((f): f is Finding => typeof f === "string" && Object.hasOwn(FINDING_LABELS, f))
          .map((f) => ({ zone: zoneId, finding: f }))
      : [],
  );
  return { ...rest, faceMap: { findings, markers: [] } };
}

/** Per zone (in chart order), the findings and markers on it; zones with nothing are left out. */
export function summariseFaceMap(map: FaceMap): { zone: FaceZone; findings: Finding[]; markers: FaceMarker[] }[] {
  return FACE_ZONES.map((z) => ({
    zone: z,
    findings: FINDINGS.filter((f) => map.findings.some((entry) => entry.zone === z && entry.finding === f)),
    markers: map.markers.filter((m) => m.zone === z),
  })).filter((entry) => entry.findings.length > 0 || entry.markers.length > 0);
}

/** Adds or removes one finding on one zone. */
export function toggleFinding(map: FaceMap, zoneId: FaceZone, findingId: Finding, on: boolean): FaceMap {
  const findings = map.findings.filter((f) => !(f.zone === zoneId && f.finding === findingId));
  return { ...map, findings: on ? [...findings, { zone: zoneId, finding: findingId }] : findings };
}

/** What the form holds, with the parser's defaults filled in (the form may hold partial markers). */
export function normaliseFaceMap(value: FaceMapInput | undefined): FaceMap {
  return {
    findings: value?.findings ?? [],
    markers: (value?.markers ?? []).map((m) => ({ ...m, finding: m.finding ?? null, note: m.note ?? "" })),
  };
}
