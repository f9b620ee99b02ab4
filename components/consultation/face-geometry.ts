import type { FaceZone } from "@/lib/consultation/face-map";

// The front-view face chart, in a 240×300 drawing. Left and right are the client's, so the
// client's right cheek is on the viewer's left. Zones are shapes on the face; marker positions
// are stored as fractions of the drawing's width and height.
export const FACE_VIEWBOX = { width: 240, height: 300 } as const;

type Shape = { kind: "ellipse"; cx: number; cy: number; rx: number; ry: number } | { kind: "path"; d: string };

export const ZONE_SHAPES: Record<FaceZone, Shape[]> = {
  forehead: [{ kind: "ellipse", cx: 120, cy: 70, rx: 54, ry: 24 }],
  "right-temple": [{ kind: "ellipse", cx: 56, cy: 108, rx: 12, ry: 20 }],
  "left-temple": [{ kind: "ellipse", cx: 184, cy: 108, rx: 12, ry: 20 }],
  nose: [{ kind: "path", d: "M111,110 L129,110 L136,162 Q120,172 104,162 Z" }],
  "right-cheek": [{ kind: "ellipse", cx: 76, cy: 160, rx: 24, ry: 26 }],
  "left-cheek": [{ kind: "ellipse", cx: 164, cy: 160, rx: 24, ry: 26 }],
  chin: [{ kind: "ellipse", cx: 120, cy: 224, rx: 26, ry: 13 }],
  jaw: [
    { kind: "path", d: "M48,182 Q56,222 90,238 L96,228 Q68,214 60,180 Z" },
    { kind: "path", d: "M192,182 Q184,222 150,238 L144,228 Q172,214 180,180 Z" },
  ],
  neck: [{ kind: "path", d: "M90,250 L150,250 L158,294 L82,294 Z" }],
};

/** Where a keyboard-added marker goes, and what a tap outside every zone belongs to. */
export const ZONE_CENTRES: Record<FaceZone, { x: number; y: number }> = {
  forehead: { x: 120, y: 70 },
  "right-temple": { x: 56, y: 108 },
  "left-temple": { x: 184, y: 108 },
  nose: { x: 120, y: 140 },
  "right-cheek": { x: 76, y: 160 },
  "left-cheek": { x: 164, y: 160 },
  chin: { x: 120, y: 224 },
  jaw: { x: 64, y: 210 },
  neck: { x: 120, y: 272 },
};

/** The zone nearest a point of the drawing (in drawing units). */
export function nearestZone(x: number, y: number): FaceZone {
  let best: FaceZone = "forehead";
  let bestDistance = Infinity;
  for (const [zone, centre] of Object.entries(ZONE_CENTRES) as [FaceZone, { x: number; y: number }][]) {
    const distance = (centre.x - x) ** 2 + (centre.y - y) ** 2;
    if (distance < bestDistance) [best, bestDistance] = [zone, distance];
  }
  return best;
}

export const toFraction = (value: number, size: number) => Math.min(1, Math.max(0, Math.round((value / size) * 1000) / 1000));

/**
 * Where the n-th marker added from the list (not by a tap) goes on a zone: the first at its centre,
 * the next ones in rings around it, so pins never hide each other.
 */
export function keyboardMarkerSpot(zone: FaceZone, existing: number): { x: number; y: number } {
  const centre = ZONE_CENTRES[zone];
  if (existing === 0) return centre;
  const angle = ((existing - 1) % 6) * (Math.PI / 3);
  const radius = 10 * (1 + Math.floor((existing - 1) / 6));
  return { x: Math.round(centre.x + radius * Math.cos(angle)), y: Math.round(centre.y + radius * Math.sin(angle)) };
}
