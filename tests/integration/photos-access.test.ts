import { describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { changeOwnPhotoConsent } from "@/lib/intake/photo-consent";
import { addPhoto, deletePhoto } from "@/lib/photos/commands";
import { exportPhotoForMarketing, openPhotoFile } from "@/lib/photos/files";
import { getChartPhotos, listOwnPhotos } from "@/lib/photos/queries";
import { insertAppointment } from "../factories/appointments";
import { phoneJpeg } from "../support/photo-files";
import { photoScenario } from "../support/photos";

async function scenarioWithPhoto() {
  const s = await photoScenario();
  const photo = await addPhoto(s.esthetician, s.fields(), await phoneJpeg());
  return { ...s, photo };
}

const open = (actor: Actor, photoId: string) => openPhotoFile(actor, { photoId, variant: "display", purpose: "view" });

describe("who sees a client's photos", () => {
  test("the access matrix: client, other client, treating and other esthetician, front desk, admin", async () => {
    const s = await scenarioWithPhoto();
    const cases: [string, Actor, "ok" | "NOT_FOUND" | "FORBIDDEN"][] = [
      ["the treating esthetician", s.esthetician, "ok"],
      ["an admin", s.adminActor, "ok"],
      ["another esthetician", s.otherEsthetician, "NOT_FOUND"],
      ["the front desk", s.frontDesk, "FORBIDDEN"],
      // The spa has not turned on client access: the client's own photo is simply not there.
      ["the client", s.clientActor, "NOT_FOUND"],
      ["another client", s.otherClient, "NOT_FOUND"],
    ];
    for (const [who, actor, expected] of cases) {
      const result = open(actor, s.photo.id);
      if (expected === "ok") await expect(result, who).resolves.toMatchObject({ kind: "stream" });
      else await expect(result, who).rejects.toMatchObject({ code: expected });
    }
    await db.photoPolicy.create({ data: { locationId: s.location.id, clientsSeePhotos: true } });
    await expect(open(s.clientActor, s.photo.id)).resolves.toMatchObject({ kind: "stream" });
    await expect(open(s.otherClient, s.photo.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listOwnPhotos(s.clientActor)).resolves.toMatchObject({ enabled: true, visits: [{ photos: [{ id: s.photo.id }] }] });
    await expect(listOwnPhotos(s.otherClient)).resolves.toMatchObject({ visits: [] });
  });

  test("the chart's photo section follows the chart's scope", async () => {
    const s = await scenarioWithPhoto();
    await expect(getChartPhotos(s.esthetician, s.appointment.id)).resolves.toMatchObject({ visit: { photos: [{ id: s.photo.id }] } });
    await expect(getChartPhotos(s.adminActor, s.appointment.id)).resolves.toMatchObject({ visit: { photos: [{ id: s.photo.id }] } });
    await expect(getChartPhotos(s.otherEsthetician, s.appointment.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getChartPhotos(s.frontDesk, s.appointment.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getChartPhotos(s.clientActor, s.appointment.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const reads = await db.auditEvent.findMany({
      where: { action: "chart.photos-read", entityId: s.appointment.id },
      select: { actorId: true },
    });
    expect(reads.map((row) => row.actorId).sort()).toEqual([s.esthetician.userId, s.adminActor.userId].sort());
  });

  test("an esthetician who treats the client later sees the earlier visit's photos to compare", async () => {
    const s = await scenarioWithPhoto();
    const later = await insertAppointment({
      locationId: s.location.id,
      clientId: s.client.id,
      staffId: (await db.staffProfile.findUniqueOrThrow({ where: { userId: s.otherEsthetician.userId } })).id,
      serviceId: s.service.id,
      startsAt: new Date(s.appointment.startsAt.getTime() + 35 * 86_400_000),
    });
    const chart = await getChartPhotos(s.otherEsthetician, later.id);
    expect(chart.earlier.flatMap((visit) => visit.photos.map((p) => p.id))).toEqual([s.photo.id]);
    await expect(open(s.otherEsthetician, s.photo.id)).resolves.toMatchObject({ kind: "stream" });
    // Once that visit is cancelled, the earlier photos are out of reach again.
    await db.appointment.update({
      where: { id: later.id },
      data: { status: "CANCELLED", cancelledAt: new Date(), cancelledById: s.client.id },
    });
    await expect(open(s.otherEsthetician, s.photo.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  test("only the treating esthetician adds or deletes; every other actor is refused and nothing changes", async () => {
    const s = await scenarioWithPhoto();
    const jpeg = await phoneJpeg({ seed: 2 });
    await expect(addPhoto(s.otherEsthetician, s.fields(), jpeg)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(addPhoto(s.adminActor, s.fields(), jpeg)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(addPhoto(s.frontDesk, s.fields(), jpeg)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(addPhoto(s.clientActor, s.fields(), jpeg)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(deletePhoto(s.otherEsthetician, { photoId: s.photo.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deletePhoto(s.frontDesk, { photoId: s.photo.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.clinicalPhoto.count({ where: { appointmentId: s.appointment.id } })).toBe(1);
    await deletePhoto(s.esthetician, { photoId: s.photo.id });
    expect(await db.clinicalPhoto.count({ where: { appointmentId: s.appointment.id } })).toBe(0);
    expect(await db.photoObject.count({ where: { key: { startsWith: `photos/${s.photo.id}/` } } })).toBe(0);
  });

  test("every view, download and export is audited, with who and which variant", async () => {
    const s = await scenarioWithPhoto();
    await db.photoPolicy.create({ data: { locationId: s.location.id, keepOriginals: true } });
    await open(s.esthetician, s.photo.id);
    await openPhotoFile(s.adminActor, { photoId: s.photo.id, variant: "thumb", purpose: "download" });
    await changeOwnPhotoConsent(s.clientActor, { kind: "MARKETING", granted: true }, { ip: null, userAgent: null });
    await exportPhotoForMarketing(s.adminActor, s.photo.id);
    const rows = await db.auditEvent.findMany({
      where: { entityType: "clinical_photo", entityId: s.photo.id },
      orderBy: { createdAt: "asc" },
      select: { action: true, actorId: true, details: true },
    });
    expect(rows.map((row) => [row.action, row.actorId, (row.details as { variant?: string }).variant ?? null])).toEqual([
      ["photo.add", s.esthetician.userId, null],
      ["photo.view", s.esthetician.userId, "display"],
      ["photo.download", s.adminActor.userId, "thumb"],
      ["photo.export", s.adminActor.userId, "display"],
    ]);
  });

  test("a refused view is not audited as a view", async () => {
    const s = await scenarioWithPhoto();
    await expect(open(s.otherEsthetician, s.photo.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.auditEvent.count({ where: { entityId: s.photo.id, action: "photo.view" } })).toBe(0);
  });
});
