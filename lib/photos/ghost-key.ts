import type { PhotoAngle } from "./angles";

/** One key per kind of shot: the angle, and for a close-up its zone too ("CLOSE_UP:nose"). */
export const ghostKey = (angle: PhotoAngle, zone: string | null) => (angle === "CLOSE_UP" ? `${angle}:${zone ?? ""}` : angle);
