import "server-only";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { auditChart, requireChartAppointment, type ChartAppointment } from "@/lib/chart/access";
import { EMPTY_FACE_MAP, type FaceMap } from "@/lib/consultation/face-map";
import { readNoteContent } from "@/lib/consultation/schema";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { loadPhotoConsents, type PhotoConsents } from "@/lib/intake/photo-consent";
import { findSpaLocation } from "@/lib/location/queries";
import { fitInside, PHOTO_VARIANTS, type PhotoAngle, type PhotoPhase } from "./angles";
import { ghostKey } from "./ghost-key";
import { photoScope } from "./scope";
import { loadPhotoPolicy } from "./settings";

export interface PhotoDto {
  id: string;
  appointmentId: string;
  angle: PhotoAngle;
  zone: string | null;
  phase: PhotoPhase;
  createdAt: Date;
  addedAfterSigning: boolean;
  hasOriginal: boolean;
  thumb: { url: string; width: number; height: number };
  display: { url: string; width: number; height: number };
}

export interface PhotoVisit {
  appointmentId: string;
  startsAt: Date;
  serviceName: string;
  staffName: string;
  signed: boolean;
  faceMap: FaceMap;
  photos: PhotoDto[];
}

// Cancelled visits and unclaimed waitlist holds give no one a reason to see a client's photos.
const CANCELLED = ["CANCELLED", "LATE_CANCELLED", "HELD"] as ("CANCELLED" | "LATE_CANCELLED" | "HELD")[];

const photoSelect = {
  id: true,
  appointmentId: true,
  angle: true,
  zone: true,
  phase: true,
  createdAt: true,
  addedAfterSigning: true,
  originalKey: true,
  width: true,
  height: true,
} as const;

function findClientPhotos(scope: NonNullable<ReturnType<typeof photoScope>>, clientId: string) {
  return db.clinicalPhoto.findMany({
    where: { AND: [scope, { clientId, appointment: { status: { notIn: CANCELLED } } }] },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: photoSelect,
  });
}

type PhotoRow = Awaited<ReturnType<typeof findClientPhotos>>[number];

/** The URL the app serves a photo's variant at (app/api/v1/photos/[photoId]/[variant]). */
export const photoUrl = (photoId: string, variant: "thumb" | "display" | "original") => `/api/v1/photos/${photoId}/${variant}`;

function toDto(row: PhotoRow): PhotoDto {
  return {
    id: row.id,
    appointmentId: row.appointmentId,
    angle: row.angle,
    zone: row.zone,
    phase: row.phase,
    createdAt: row.createdAt,
    addedAfterSigning: row.addedAfterSigning,
    hasOriginal: row.originalKey !== null,
    thumb: { url: photoUrl(row.id, "thumb"), ...fitInside(row.width, row.height, PHOTO_VARIANTS.thumb) },
    display: { url: photoUrl(row.id, "display"), ...fitInside(row.width, row.height, PHOTO_VARIANTS.display) },
  };
}

function requireScope(actor: Actor) {
  const scope = photoScope(actor);
  if (!scope) throw new AppError("FORBIDDEN", "You don't have permission to do that.");
  return scope;
}

/** Every photo of the chart's client the actor may see, with each visit's face map, latest visit first. */
async function loadClientVisits(actor: Actor, clientId: string): Promise<PhotoVisit[]> {
  const scope = requireScope(actor);
  const rows = await findClientPhotos(scope, clientId);
  const appointmentIds = [...new Set(rows.map((row) => row.appointmentId))];
  const visits = await db.appointment.findMany({
    where: { id: { in: appointmentIds } },
    orderBy: { startsAt: "desc" },
    select: {
      id: true,
      startsAt: true,
      service: { select: { name: true } },
      staff: { select: { displayName: true } },
      treatmentNote: { select: { content: true, signedAt: true } },
    },
  });
  return visits.map((visit) => ({
    appointmentId: visit.id,
    startsAt: visit.startsAt,
    serviceName: visit.service.name,
    staffName: visit.staff.displayName,
    signed: !!visit.treatmentNote?.signedAt,
    faceMap: visit.treatmentNote ? readNoteContent(visit.treatmentNote.content).faceMap : EMPTY_FACE_MAP,
    photos: rows.filter((row) => row.appointmentId === visit.id).map(toDto),
  }));
}

export interface ChartPhotos {
  appointment: ChartAppointment;
  consents: PhotoConsents;
  /** This visit's photos, and whether they are locked (the note is signed). */
  visit: PhotoVisit;
  /** Earlier visits with photos, latest first. */
  earlier: PhotoVisit[];
}

/**
 * The photos on a chart: the visit's own and the client's earlier ones, with the client's photo
 * consents. The listing is audited as a chart read; each image fetched is audited again by the
 * route that serves it.
 */
export async function getChartPhotos(actor: Actor, appointmentId: string): Promise<ChartPhotos> {
  const appointment = await requireChartAppointment(actor, appointmentId, "photos:view");
  const [visits, consents, note] = await Promise.all([
    loadClientVisits(actor, appointment.clientId),
    loadPhotoConsents(db, appointment.clientId),
    db.treatmentNote.findUnique({ where: { appointmentId: appointment.id }, select: { content: true, signedAt: true } }),
  ]);
  const own = visits.find((visit) => visit.appointmentId === appointment.id) ?? {
    appointmentId: appointment.id,
    startsAt: appointment.startsAt,
    serviceName: appointment.service.name,
    staffName: appointment.staff.displayName,
    signed: !!note?.signedAt,
    faceMap: note ? readNoteContent(note.content).faceMap : EMPTY_FACE_MAP,
    photos: [],
  };
  const earlier = visits.filter((visit) => visit.appointmentId !== appointment.id && visit.startsAt < appointment.startsAt);
  await auditChart(db, actor, { action: "chart.photos-read", appointmentId: appointment.id });
  return { appointment, consents, visit: own, earlier };
}

/**
 * For the capture screen's ghost overlay: per angle (close-ups per zone), the latest photo of the
 * same kind from an earlier visit, preferring the same phase.
 */
export function ghostPhotos(photos: ChartPhotos, phase: PhotoPhase): Record<string, PhotoDto> {
  const ghosts: Record<string, PhotoDto> = {};
  for (const visit of photos.earlier) {
    for (const photo of [...visit.photos].sort((a, b) => Number(b.phase === phase) - Number(a.phase === phase))) {
      ghosts[ghostKey(photo.angle, photo.zone)] ??= photo;
    }
  }
  return ghosts;
}

/** A client's own photos, when the spa lets clients see them; otherwise none (and `enabled` false). */
export async function listOwnPhotos(actor: Actor): Promise<{ enabled: boolean; visits: PhotoVisit[] }> {
  assertCan(actor, "photos:view-own");
  const enabled = await clientsSeePhotos(actor.userId);
  if (!enabled) return { enabled, visits: [] };
  const visits = await loadClientVisits(actor, actor.userId);
  return { enabled, visits: visits.map((visit) => ({ ...visit, faceMap: EMPTY_FACE_MAP })) };
}

/** Whether the spa of the client's visits lets clients see their photos. */
export async function clientsSeePhotos(clientId: string): Promise<boolean> {
  const visit = await db.appointment.findFirst({ where: { clientId }, orderBy: { startsAt: "desc" }, select: { locationId: true } });
  const location = visit?.locationId ?? (await findSpaLocation())?.id;
  return location ? (await loadPhotoPolicy(db, location)).clientsSeePhotos : false;
}
