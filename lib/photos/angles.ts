import { FACE_ZONE_LABELS, type FaceZone } from "@/lib/consultation/face-map";

// Pure and importable on both sides: what the capture screen guides, what photos are labelled with.

/** The guided angles, in the order they are usually taken. Left and right are the client's own. */
export const PHOTO_ANGLES = {
  FRONT: { label: "Front", guide: "Face the camera, chin level, hair back, neutral expression." },
  LEFT_45: { label: "Left 45°", guide: "Client turns their head to their right until the left cheek faces the camera." },
  RIGHT_45: { label: "Right 45°", guide: "Client turns their head to their left until the right cheek faces the camera." },
  LEFT_PROFILE: { label: "Left profile", guide: "The left side of the face, nose pointing 90° away from the camera." },
  RIGHT_PROFILE: { label: "Right profile", guide: "The right side of the face, nose pointing 90° away from the camera." },
  CLOSE_UP: { label: "Close-up", guide: "Fill the frame with one zone of the face map, in focus, with even light." },
} as const;
export type PhotoAngle = keyof typeof PHOTO_ANGLES;
export const PHOTO_ANGLE_IDS = Object.keys(PHOTO_ANGLES) as [PhotoAngle, ...PhotoAngle[]];

export const PHOTO_PHASES = { BEFORE: "Before", AFTER: "After" } as const;
export type PhotoPhase = keyof typeof PHOTO_PHASES;
export const PHOTO_PHASE_IDS = Object.keys(PHOTO_PHASES) as [PhotoPhase, ...PhotoPhase[]];

/** "Front", or "Close-up — Left cheek". */
export function photoAngleLabel(angle: PhotoAngle, zone: string | null): string {
  const base = PHOTO_ANGLES[angle].label;
  return angle === "CLOSE_UP" && zone && Object.hasOwn(FACE_ZONE_LABELS, zone) ? `${base} — ${FACE_ZONE_LABELS[zone as FaceZone]}` : base;
}

/** The sizes photos are stored in (the longest side, in pixels). */
export const PHOTO_VARIANTS = { thumb: 320, display: 1600 } as const;
export type PhotoVariant = keyof typeof PHOTO_VARIANTS | "original";
export const PHOTO_VARIANT_IDS = ["thumb", "display", "original"] as const satisfies readonly PhotoVariant[];

/** The size of an image of `width`×`height` scaled to fit inside `max`×`max`, never enlarged. */
export function fitInside(width: number, height: number, max: number): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** The largest upload accepted: 25 MB, enough for a 50-megapixel JPEG straight from a camera. */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;
