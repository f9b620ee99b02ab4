import { describe, expect, test } from "vitest";
import { getChart } from "@/lib/consultation/chart-queries";
import { signNote } from "@/lib/consultation/note-commands";
import { db } from "@/lib/db/client";
import { addPhoto, deletePhoto } from "@/lib/photos/commands";
import { noteInput } from "../support/chart";
import { phoneJpeg } from "../support/photo-files";
import { photoScenario } from "../support/photos";

const signedAt = new Date("2030-03-12T16:30:00Z");

describe("photos lock with the signed note", () => {
  test("before signing a photo can be deleted; after, neither the command nor SQL can delete it", async () => {
    const s = await photoScenario();
    const draftOnly = await addPhoto(s.esthetician, s.fields(), await phoneJpeg({ seed: 1 }));
    await deletePhoto(s.esthetician, { photoId: draftOnly.id });
    const kept = await addPhoto(s.esthetician, s.fields(), await phoneJpeg({ seed: 2 }));
    await signNote(s.esthetician, noteInput(s.appointment.id), signedAt);
    await expect(deletePhoto(s.esthetician, { photoId: kept.id })).rejects.toMatchObject({ code: "CONFLICT", userMessage: /locked/ });
    await expect(db.clinicalPhoto.delete({ where: { id: kept.id } })).rejects.toThrow(/signed note and is locked/);
    await expect(db.clinicalPhoto.update({ where: { id: kept.id }, data: { phase: "AFTER" } })).rejects.toThrow(/immutable/);
    expect(await db.clinicalPhoto.count({ where: { id: kept.id } })).toBe(1);
  });

  test("a photo added after signing is kept as an amendment of the note", async () => {
    const s = await photoScenario();
    await signNote(s.esthetician, noteInput(s.appointment.id), signedAt);
    const added = await addPhoto(
      s.esthetician,
      s.fields({ angle: "CLOSE_UP", zone: "nose", phase: "AFTER" }),
      await phoneJpeg(),
      new Date("2030-03-12T17:00:00Z"),
    );
    expect(added.addedAfterSigning).toBe(true);
    const chart = await getChart(s.esthetician, s.appointment.id);
    expect(chart.note.amendments.map((a) => a.text)).toEqual(["Photo added after signing: Close-up — Nose, after."]);
    await expect(deletePhoto(s.esthetician, { photoId: added.id })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  test("the same photo twice in one visit is refused", async () => {
    const s = await photoScenario();
    const jpeg = await phoneJpeg({ seed: 4 });
    await addPhoto(s.esthetician, s.fields(), jpeg);
    await expect(addPhoto(s.esthetician, s.fields({ phase: "AFTER" }), jpeg)).rejects.toMatchObject({
      code: "CONFLICT",
      userMessage: /already in this visit/,
    });
    expect(await db.clinicalPhoto.count({ where: { appointmentId: s.appointment.id } })).toBe(1);
  });

  test("a visit the client missed takes no photos", async () => {
    const s = await photoScenario();
    await db.appointment.update({ where: { id: s.appointment.id }, data: { status: "NO_SHOW" } });
    await expect(addPhoto(s.esthetician, s.fields(), await phoneJpeg())).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("notes written before the drawn face map", () => {
  test("a signed note stored with `zones` still reads, its findings on the face map", async () => {
    const s = await photoScenario();
    const legacy = {
      ...noteInput(s.appointment.id).content,
      faceMap: undefined,
      zones: { nose: ["comedones"], "left-cheek": ["redness", "dryness"] },
    };
    await db.treatmentNote.create({
      data: { appointmentId: s.appointment.id, authorId: s.esthetician.userId, content: JSON.parse(JSON.stringify(legacy)), signedAt },
    });
    const chart = await getChart(s.esthetician, s.appointment.id);
    expect(chart.note.content.faceMap.findings).toEqual([
      { zone: "nose", finding: "comedones" },
      { zone: "left-cheek", finding: "redness" },
      { zone: "left-cheek", finding: "dryness" },
    ]);
    expect(chart.note.content.subjective).toBe("Wants fewer blackheads.");
  });
});
