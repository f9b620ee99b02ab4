import { describe, expect, test } from "vitest";
import { db } from "@/lib/db/client";
import { submitIntake } from "@/lib/intake/commands";
import { changeOwnPhotoConsent, getOwnPhotoConsents } from "@/lib/intake/photo-consent";
import { PHOTO_CONSENT_VERSION } from "@/lib/intake/photo-consent-text";
import { addPhoto } from "@/lib/photos/commands";
import { exportPhotoForMarketing } from "@/lib/photos/files";
import { buildIntakeAnswers } from "../support/intake";
import { phoneJpeg } from "../support/photo-files";
import { photoScenario, storedCounts } from "../support/photos";

const meta = { ip: "203.0.113.9", userAgent: "Tablet" };

describe("photo consents", () => {
  test("the intake records each consent on its own, with the time and the consent's version", async () => {
    const s = await photoScenario({ clinicalConsent: false });
    const at = new Date("2030-03-05T10:00:00Z");
    const answers = buildIntakeAnswers({ consent: { clinicalPhotos: true, marketingPhotos: false } });
    await submitIntake(s.clientActor, answers, meta, at);
    const rows = await db.photoConsent.findMany({
      where: { clientId: s.client.id },
      select: { kind: true, granted: true, formVersion: true, source: true, recordedAt: true, ip: true },
    });
    expect(rows).toEqual([
      { kind: "CLINICAL", granted: true, formVersion: PHOTO_CONSENT_VERSION, source: "INTAKE", recordedAt: at, ip: "203.0.113.9" },
    ]);
    // Submitting again with the same choices records nothing new.
    await submitIntake(s.clientActor, answers, meta, new Date("2030-03-06T10:00:00Z"));
    expect(await db.photoConsent.count({ where: { clientId: s.client.id } })).toBe(1);
  });

  test("without clinical consent no photo is taken, and nothing is stored", async () => {
    const s = await photoScenario({ clinicalConsent: false });
    const before = await storedCounts();
    await expect(addPhoto(s.esthetician, s.fields(), await phoneJpeg())).rejects.toMatchObject({
      code: "CONFLICT",
      userMessage: /not consented/,
    });
    expect(await storedCounts()).toEqual(before);
  });

  test("a withdrawal from the account applies to the next photo at once", async () => {
    const s = await photoScenario();
    await addPhoto(s.esthetician, s.fields(), await phoneJpeg());
    await changeOwnPhotoConsent(s.clientActor, { kind: "CLINICAL", granted: false }, meta);
    const before = await storedCounts();
    await expect(addPhoto(s.esthetician, s.fields({ phase: "AFTER" }), await phoneJpeg({ seed: 3 }))).rejects.toMatchObject({
      code: "CONFLICT",
      userMessage: /withdrawn/,
    });
    expect(await storedCounts()).toEqual(before);
    const consents = await getOwnPhotoConsents(s.clientActor);
    expect(consents.CLINICAL).toMatchObject({ granted: false, source: "ACCOUNT", formVersion: PHOTO_CONSENT_VERSION });
    // The history is kept: given, then withdrawn.
    const history = await db.photoConsent.findMany({
      where: { clientId: s.client.id, kind: "CLINICAL" },
      orderBy: { recordedAt: "asc" },
      select: { granted: true },
    });
    expect(history.map((row) => row.granted)).toEqual([true, false]);
  });

  test("marketing export needs the marketing consent at that moment", async () => {
    const s = await photoScenario();
    const photo = await addPhoto(s.esthetician, s.fields(), await phoneJpeg());
    await expect(exportPhotoForMarketing(s.adminActor, photo.id)).rejects.toMatchObject({ code: "CONFLICT" });
    await changeOwnPhotoConsent(s.clientActor, { kind: "MARKETING", granted: true }, meta);
    await expect(exportPhotoForMarketing(s.adminActor, photo.id)).resolves.toMatchObject({ kind: "stream" });
    await changeOwnPhotoConsent(s.clientActor, { kind: "MARKETING", granted: false }, meta);
    await expect(exportPhotoForMarketing(s.adminActor, photo.id)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(exportPhotoForMarketing(s.esthetician, photo.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  test("consents are the client's own business: staff cannot change them, rows cannot be rewritten", async () => {
    const s = await photoScenario();
    await expect(changeOwnPhotoConsent(s.esthetician, { kind: "CLINICAL", granted: false }, meta)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(getOwnPhotoConsents(s.adminActor)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(db.photoConsent.updateMany({ where: { clientId: s.client.id }, data: { granted: false } })).rejects.toThrow(/immutable/);
  });
});
