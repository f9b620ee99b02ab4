import { ghostKey } from "./ghost-key";
import type { PhotoAngle } from "./angles";

// Pure: which two photos the compare view shows. Works on any photo-like records so it is tested
// without a database.

export interface ComparablePhoto {
  id: string;
  appointmentId: string;
  angle: PhotoAngle;
  zone: string | null;
  phase: "BEFORE" | "AFTER";
}

export interface ComparableVisit<P extends ComparablePhoto> {
  appointmentId: string;
  photos: P[];
}

export interface Comparison<P extends ComparablePhoto> {
  /** Angle keys that have photos ("FRONT", "CLOSE_UP:nose"…), in the order first seen. */
  angles: string[];
  angle: string | null;
  /** Every photo of the chosen angle, latest visit first. */
  candidates: P[];
  left: P | null;
  right: P | null;
}

const preferAfter = <P extends ComparablePhoto>(photos: P[]) => photos.find((p) => p.phase === "AFTER") ?? photos[0] ?? null;

/**
 * The chosen angle (or the first of the current visit's, else of any visit), and the two photos:
 * the requested ones when they are of that angle, otherwise the current visit (its "after" when
 * there is one) on the right and the latest earlier visit on the left; with no earlier visit, this
 * visit's "before" against its "after".
 */
export function chooseComparison<P extends ComparablePhoto>(
  visits: ComparableVisit<P>[],
  currentAppointmentId: string,
  requested: { angle?: string; left?: string; right?: string },
): Comparison<P> {
  const all = visits.flatMap((visit) => visit.photos);
  const angles = [...new Set(all.map((p) => ghostKey(p.angle, p.zone)))];
  const current = visits.find((v) => v.appointmentId === currentAppointmentId)?.photos ?? [];
  const angle =
    requested.angle && angles.includes(requested.angle)
      ? requested.angle
      : (current.map((p) => ghostKey(p.angle, p.zone))[0] ?? angles[0] ?? null);
  if (!angle) return { angles, angle: null, candidates: [], left: null, right: null };
  const candidates = all.filter((p) => ghostKey(p.angle, p.zone) === angle);
  const pick = (id: string | undefined) => candidates.find((p) => p.id === id) ?? null;

  const mine = candidates.filter((p) => p.appointmentId === currentAppointmentId);
  const earlierVisit = visits.find(
    (v) => v.appointmentId !== currentAppointmentId && v.photos.some((p) => ghostKey(p.angle, p.zone) === angle),
  );
  const earlier = earlierVisit ? candidates.filter((p) => p.appointmentId === earlierVisit.appointmentId) : [];
  let right = pick(requested.right) ?? preferAfter(mine) ?? candidates[0] ?? null;
  let left = pick(requested.left);
  if (!left) {
    left = preferAfter(earlier);
    if (!left) left = mine.find((p) => p.phase === "BEFORE" && p.id !== right?.id) ?? candidates.find((p) => p.id !== right?.id) ?? null;
  }
  if (left && right && left.id === right.id) {
    const other = candidates.find((p) => p.id !== left!.id);
    if (other) right = other;
    else left = null;
  }
  return { angles, angle, candidates, left, right };
}
