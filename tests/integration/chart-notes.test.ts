import { describe, expect, test } from "vitest";
import { getChart } from "@/lib/consultation/chart-queries";
import { completeVisit } from "@/lib/consultation/complete-visit";
import { amendNote, saveNoteDraft, signNote } from "@/lib/consultation/note-commands";
import { getOwnCalendar } from "@/lib/booking/calendar-queries";
import { db } from "@/lib/db/client";
import { insertAppointment } from "../factories/appointments";
import { createUser } from "../factories/users";
import { chartScenario, noteInput, visitStart } from "../support/chart";

const signedAt = new Date("2030-03-12T16:30:00Z");

describe("the chart", () => {
  test("shows the flags by severity and prefills the note with flagged steps skipped; audited", async () => {
    const s = await chartScenario();
    const chart = await getChart(s.esthetician, s.appointment.id);
    expect(chart.intake.state).toBe("current");
    expect(chart.flags.BLOCK.map((flag) => flag.id)).toContain("rosacea-heat-exfoliation");
    expect(chart.blockedSteps).toContain("STEAM");
    expect(chart.note.content.steps.find((step) => step.step === "STEAM")?.performed).toBe(false);
    expect(chart.note.content.steps.find((step) => step.step === "CLEANSE")?.performed).toBe(true);
    expect(chart.products.find((p) => p.id === s.products.scented.id)?.refusal).toMatch(/Fragrance/);
    const audit = await db.auditEvent.findMany({ where: { actorId: s.esthetician.userId }, select: { action: true } });
    expect(audit.map((row) => row.action).sort()).toEqual(["chart.read", "intake.read"]);
  });

  test("reaches only the esthetician performing it and admins", async () => {
    const s = await chartScenario();
    await expect(getChart(s.otherEsthetician, s.appointment.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getChart(s.clientActor, s.appointment.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getChart(null as never, s.appointment.id)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(getChart(s.esthetician, "not-a-uuid")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getChart(s.adminActor, s.appointment.id)).resolves.toMatchObject({ appointment: { id: s.appointment.id } });
  });

  test("past visits show their signed notes", async () => {
    const s = await chartScenario();
    await signNote(s.esthetician, noteInput(s.appointment.id), signedAt);
    const later = await insertAppointment({
      locationId: s.location.id,
      clientId: s.client.id,
      staffId: s.staff[0]!.profile.id,
      serviceId: s.service.id,
      startsAt: new Date(visitStart.getTime() + 35 * 86_400_000),
    });
    const chart = await getChart(s.esthetician, later.id);
    expect(chart.pastVisits).toHaveLength(1);
    expect(chart.pastVisits[0]!.note?.content.subjective).toBe("Wants fewer blackheads.");
  });
});

describe("treatment notes", () => {
  test("a draft is saved and replaced; signing locks it and an edit after signing is refused", async () => {
    const s = await chartScenario();
    await saveNoteDraft(s.esthetician, noteInput(s.appointment.id, { plan: "draft" }));
    await saveNoteDraft(s.esthetician, noteInput(s.appointment.id, { plan: "Every 4–6 weeks" }));
    expect(await db.treatmentNote.count({ where: { appointmentId: s.appointment.id } })).toBe(1);
    await signNote(s.esthetician, noteInput(s.appointment.id, { plan: "Every 4–6 weeks" }), signedAt);
    await expect(saveNoteDraft(s.esthetician, noteInput(s.appointment.id, { plan: "changed" }))).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(signNote(s.esthetician, noteInput(s.appointment.id))).rejects.toMatchObject({ code: "CONFLICT" });
    const row = await db.treatmentNote.findUniqueOrThrow({ where: { appointmentId: s.appointment.id } });
    expect(row.signedAt?.toISOString()).toBe(signedAt.toISOString());
    expect((row.content as { plan: string }).plan).toBe("Every 4–6 weeks");
    const actions = await db.auditEvent.findMany({
      where: { actorId: s.esthetician.userId, action: { startsWith: "note." } },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual(["note.save", "note.save", "note.sign"]);
  });

  test("a note is signed only once the visit has started (a few minutes' tolerance for clocks); a draft may be saved before", async () => {
    const s = await chartScenario();
    await saveNoteDraft(s.esthetician, noteInput(s.appointment.id));
    const early = await signNote(s.esthetician, noteInput(s.appointment.id), new Date("2030-03-12T14:50:00Z")).catch((e: unknown) => e);
    expect(early).toMatchObject({
      code: "CONFLICT",
      userMessage: expect.stringMatching(/has not started yet: the note can be signed from March 12, 2030 at 10:55/),
    });
    expect(await db.homecarePlan.count({ where: { appointmentId: s.appointment.id } })).toBe(0);
    await expect(signNote(s.esthetician, noteInput(s.appointment.id), new Date("2030-03-12T14:56:00Z"))).resolves.toMatchObject({
      signedAt: new Date("2030-03-12T14:56:00Z"),
    });
  });

  test("a typed allergy refuses a product like a ticked one; one the dictionary cannot read needs each label checked", async () => {
    const typed = await chartScenario({ intake: { allergies: { other: "parfum" } } });
    await expect(
      saveNoteDraft(typed.esthetician, noteInput(typed.appointment.id, { productIds: [typed.products.scented.id] })),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      userMessage: expect.stringMatching(/contains Fragrance \(parfum\) — Known allergens/),
    });
    const unknown = await chartScenario({ intake: { allergies: { other: "kiwi" } } });
    const chart = await getChart(unknown.esthetician, unknown.appointment.id);
    expect(chart.products.every((product) => product.check?.includes('"kiwi"'))).toBe(true);
    const gentle = unknown.products.gentle.id;
    await expect(saveNoteDraft(unknown.esthetician, noteInput(unknown.appointment.id, { productIds: [gentle] }))).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await expect(
      saveNoteDraft(unknown.esthetician, noteInput(unknown.appointment.id, { productIds: [gentle], productConfirmations: [gentle] })),
    ).resolves.toBeDefined();
  });

  test("the esthetician's analysis counts: rosacea she observes flags steam like a reported one", async () => {
    const s = await chartScenario({ intake: {} });
    const steam = { steps: [{ step: "STEAM", performed: true, overrideReason: "" }] };
    await expect(saveNoteDraft(s.esthetician, noteInput(s.appointment.id, steam))).resolves.toBeDefined();
    await expect(
      saveNoteDraft(
        s.esthetician,
        noteInput(s.appointment.id, { ...steam, analysis: { skinType: "", fitzpatrick: "", observed: ["rosacea"] } }),
      ),
    ).rejects.toMatchObject({ code: "VALIDATION" });
  });

  test("the database itself refuses to change or delete a signed note", async () => {
    const s = await chartScenario();
    const note = await signNote(s.esthetician, noteInput(s.appointment.id), signedAt);
    await expect(db.treatmentNote.update({ where: { id: note.id }, data: { content: {} } })).rejects.toThrow(/signed and locked/);
    await expect(db.treatmentNote.delete({ where: { id: note.id } })).rejects.toThrow(/signed and locked/);
  });

  test("a flagged step performed needs a reason; with one it is accepted", async () => {
    const s = await chartScenario();
    const steam = (reason: string) => noteInput(s.appointment.id, { steps: [{ step: "STEAM", performed: true, overrideReason: reason }] });
    await expect(saveNoteDraft(s.esthetician, steam(""))).rejects.toMatchObject({
      code: "VALIDATION",
      details: { fieldErrors: { "steps.0.overrideReason": [expect.stringContaining("Steam is flagged")] } },
    });
    await expect(saveNoteDraft(s.esthetician, steam("Dermatologist cleared cool mist"))).resolves.toBeDefined();
  });

  test("a product containing the client's allergen is refused with the reason", async () => {
    const s = await chartScenario();
    const input = noteInput(s.appointment.id, { productIds: [s.products.scented.id] });
    await expect(saveNoteDraft(s.esthetician, input)).rejects.toMatchObject({
      code: "VALIDATION",
      userMessage: expect.stringMatching(/contains Fragrance/),
    });
    await expect(saveNoteDraft(s.esthetician, noteInput(s.appointment.id, { productIds: [s.products.gentle.id] }))).resolves.toBeDefined();
  });

  test("only the performing esthetician writes the note", async () => {
    const s = await chartScenario();
    await expect(saveNoteDraft(s.otherEsthetician, noteInput(s.appointment.id))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(saveNoteDraft(s.adminActor, noteInput(s.appointment.id))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(saveNoteDraft(s.clientActor, noteInput(s.appointment.id))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("amendments and completion", () => {
  test("amendments come only after signing, dated and attributed, shown beneath the note; append-only", async () => {
    const s = await chartScenario();
    await expect(amendNote(s.esthetician, { appointmentId: s.appointment.id, text: "x" })).rejects.toMatchObject({ code: "CONFLICT" });
    await signNote(s.esthetician, noteInput(s.appointment.id), signedAt);
    const at = new Date("2030-03-13T09:00:00Z");
    const amendment = await amendNote(s.esthetician, { appointmentId: s.appointment.id, text: "Extraction also on chin." }, at);
    const chart = await getChart(s.esthetician, s.appointment.id);
    expect(chart.note.amendments).toEqual([
      { id: amendment.id, text: "Extraction also on chin.", createdAt: at, authorName: s.staff[0]!.user.name },
    ]);
    await expect(db.treatmentNoteAmendment.update({ where: { id: amendment.id }, data: { text: "y" } })).rejects.toThrow(/immutable/);
    await expect(amendNote(s.otherEsthetician, { appointmentId: s.appointment.id, text: "x" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  test("completing the appointment requires a signed note", async () => {
    const s = await chartScenario();
    await expect(completeVisit(s.esthetician, { appointmentId: s.appointment.id }, signedAt)).rejects.toMatchObject({ code: "CONFLICT" });
    await saveNoteDraft(s.esthetician, noteInput(s.appointment.id));
    await expect(completeVisit(s.esthetician, { appointmentId: s.appointment.id }, signedAt)).rejects.toMatchObject({ code: "CONFLICT" });
    await signNote(s.esthetician, noteInput(s.appointment.id), signedAt);
    // Not before the visit has started; and a no-show recorded meanwhile is never overwritten.
    await expect(completeVisit(s.esthetician, { appointmentId: s.appointment.id }, new Date("2030-03-12T14:00:00Z"))).rejects.toMatchObject(
      { code: "CONFLICT" },
    );
    await expect(completeVisit(s.esthetician, { appointmentId: s.appointment.id }, signedAt)).resolves.toMatchObject({
      status: "COMPLETED",
    });
  });

  test("a visit the client missed takes no note, and a completed status is not set over a no-show", async () => {
    const s = await chartScenario();
    await saveNoteDraft(s.esthetician, noteInput(s.appointment.id));
    await db.appointment.update({ where: { id: s.appointment.id }, data: { status: "NO_SHOW" } });
    await expect(signNote(s.esthetician, noteInput(s.appointment.id), signedAt)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(completeVisit(s.esthetician, { appointmentId: s.appointment.id }, signedAt)).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await db.appointment.findUniqueOrThrow({ where: { id: s.appointment.id } })).status).toBe("NO_SHOW");
  });

  test("a cancelled booking opens no chart, and a deactivated esthetician reaches none", async () => {
    const s = await chartScenario();
    await expect(getChart(s.esthetician, s.appointment.id)).resolves.toBeDefined();
    await db.staffProfile.update({ where: { userId: s.esthetician.userId }, data: { active: false } });
    await expect(getChart(s.esthetician, s.appointment.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await db.staffProfile.update({ where: { userId: s.esthetician.userId }, data: { active: true } });
    await db.appointment.update({ where: { id: s.appointment.id }, data: { status: "CANCELLED", cancelledAt: new Date() } });
    await expect(getChart(s.esthetician, s.appointment.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the esthetician's schedule", () => {
  test("day and week grids hold their own visits only, with intake badges, in the spa's zone", async () => {
    const s = await chartScenario();
    const visits = (grid: Awaited<ReturnType<typeof getOwnCalendar>>) => grid.columns.flatMap((column) => column.blocks);
    const day = await getOwnCalendar(s.esthetician, { date: "2030-03-12", view: "staff" });
    expect(day.columns).toHaveLength(1);
    expect(visits(day).map((block) => [block.id, block.intake])).toEqual([[s.appointment.id, "current"]]);
    const { user: newcomer } = await createUser({ role: "CLIENT" });
    await insertAppointment({
      locationId: s.location.id,
      clientId: newcomer.id,
      staffId: s.staff[0]!.profile.id,
      serviceId: s.service.id,
      startsAt: new Date("2030-03-14T15:00:00Z"),
    });
    const week = await getOwnCalendar(s.esthetician, { date: "2030-03-14", view: "week" });
    expect([week.dates[0], week.dates[6]]).toEqual(["2030-03-11", "2030-03-17"]);
    expect(visits(week).map((block) => block.intake)).toEqual(["current", "missing"]);
    const theirs = await getOwnCalendar(s.otherEsthetician, { date: "2030-03-12", view: "week" });
    expect(visits(theirs)).toHaveLength(0);
    await expect(getOwnCalendar(s.clientActor, { date: "2030-03-12", view: "staff" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
