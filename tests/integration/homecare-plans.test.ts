import { describe, expect, test } from "vitest";
import { signNote, saveNoteDraft } from "@/lib/consultation/note-commands";
import { db } from "@/lib/db/client";
import { getOwnPlan, listOwnPlans } from "@/lib/homecare/client-queries";
import { planEditSchema } from "@/lib/homecare/schema";
import { confirmPlanProduct, editPlanLine, getPlanForReview, publishPlan } from "@/lib/homecare/review";
import { submitIntake } from "@/lib/intake/commands";
import { buildIntakeAnswers } from "@/tests/support/intake";
import { insertAppointment } from "../factories/appointments";
import { asActor } from "../factories/booking-spa";
import { createUser } from "../factories/users";
import { chartScenario, noteInput, visitStart } from "../support/chart";

const signedAt = new Date("2030-03-12T16:30:00Z");

async function signedScenario() {
  const s = await chartScenario();
  await signNote(s.esthetician, noteInput(s.appointment.id, { skinResponse: "Mild redness on the nose." }), signedAt);
  return s;
}

describe("drafting", () => {
  test("signing the note drafts the plan from the intake, the steps performed and the catalogue", async () => {
    const s = await signedScenario();
    const { plan } = await getPlanForReview(s.esthetician, s.appointment.id);
    expect(plan).toMatchObject({ state: "DRAFT", publishedAt: null, edits: [] });
    const content = plan!.content;
    expect(content.visitDate).toBe("2030-03-12");
    // Extraction was performed, steam skipped (rosacea): extraction aftercare, no sauna after extraction.
    expect(content.sections.first72Hours.map((l) => l.id)).toContain("aftercare.no-picking");
    expect(content.sections.first72Hours.find((l) => l.id === "aftercare.no-heat")!.reason).toMatch(/extraction/);
    expect(content.sections.first72Hours.at(-1)!.text).toMatch(/Mild redness/);
    // Pregnant, rosacea, fragrance allergy: no scented product, dermatologist and provider advice.
    const productIds = content.sections.products.map((l) => l.productId);
    expect(productIds).not.toContain(s.products.scented.id);
    expect(content.sections.warningSigns.map((l) => l.id)).toEqual(expect.arrayContaining(["warning.dermatologist", "warning.pregnancy"]));
    expect(content.nextVisit).toMatchObject({ from: "2030-04-09", to: "2030-04-23" });
    const audit = await db.auditEvent.findMany({
      where: { actorId: s.esthetician.userId, action: { startsWith: "homecare." } },
      select: { action: true },
    });
    expect(audit.map((a) => a.action)).toEqual(["homecare.draft", "homecare.read"]);
  });

  test("a draft note drafts nothing", async () => {
    const s = await chartScenario();
    await saveNoteDraft(s.esthetician, noteInput(s.appointment.id));
    expect(await db.homecarePlan.count({ where: { appointmentId: s.appointment.id } })).toBe(0);
    await expect(publishPlan(s.esthetician, s.appointment.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("reviewing", () => {
  test("edit, add and remove lines; each change is kept with who made it", async () => {
    const s = await signedScenario();
    const id = s.appointment.id;
    await editPlanLine(s.esthetician, {
      kind: "EDIT",
      appointmentId: id,
      section: "first72Hours",
      lineId: "aftercare.no-makeup",
      text: "No makeup until tomorrow evening.",
      reason: "",
    });
    const { lineId } = await editPlanLine(s.esthetician, {
      kind: "ADD",
      appointmentId: id,
      section: "weekly",
      text: "Ice roller in the morning.",
      reason: "Puffiness",
    });
    await editPlanLine(s.adminActor, { kind: "REMOVE", appointmentId: id, section: "first72Hours", lineId: "aftercare.no-hair-removal" });
    const { plan } = await getPlanForReview(s.esthetician, id);
    const first = plan!.content.sections.first72Hours;
    expect(first.find((l) => l.id === "aftercare.no-makeup")).toMatchObject({
      text: "No makeup until tomorrow evening.",
      reason: expect.stringMatching(/extraction/i),
    });
    expect(first.map((l) => l.id)).not.toContain("aftercare.no-hair-removal");
    expect(plan!.content.sections.weekly.at(-1)).toMatchObject({ id: lineId, text: "Ice roller in the morning.", source: "esthetician" });
    expect(plan!.edits.map((e) => [e.kind, e.lineId, e.editorName])).toEqual([
      ["EDIT", "aftercare.no-makeup", s.esthetician.name],
      ["ADD", lineId, s.esthetician.name],
      ["REMOVE", "aftercare.no-hair-removal", s.adminActor.name],
    ]);
    expect(plan!.edits[0]!.before?.text).toMatch(/No makeup for 24 hours/);
  });

  test("invalid edits are refused with field errors; a missing line is NOT_FOUND", async () => {
    const s = await signedScenario();
    const id = s.appointment.id;
    // As the edit action parses it: the plan editor's one schema.
    expect(
      planEditSchema.safeParse({ kind: "ADD", appointmentId: id, section: "weekly", text: " ", reason: "" }).error?.issues[0]?.path,
    ).toEqual(["text"]);
    await expect(
      editPlanLine(s.esthetician, { kind: "REMOVE", appointmentId: id, section: "weekly", lineId: "nope" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  test("the edit history is append-only in the database", async () => {
    const s = await signedScenario();
    await editPlanLine(s.esthetician, { kind: "REMOVE", appointmentId: s.appointment.id, section: "weekly", lineId: "weekly.exfoliate" });
    await expect(db.homecarePlanEdit.deleteMany({})).rejects.toThrow();
  });

  test("publishing records when and by whom; publishing twice is a conflict", async () => {
    const s = await signedScenario();
    const at = new Date("2030-03-12T17:00:00Z");
    await publishPlan(s.esthetician, s.appointment.id, at);
    const { plan } = await getPlanForReview(s.adminActor, s.appointment.id);
    expect(plan).toMatchObject({ state: "PUBLISHED", publishedAt: at, publishedByName: s.esthetician.name });
    await expect(publishPlan(s.esthetician, s.appointment.id)).rejects.toMatchObject({ code: "CONFLICT" });
  });

  test("another esthetician, the client and nobody are refused; every write is audited", async () => {
    const s = await signedScenario();
    const id = s.appointment.id;
    await expect(getPlanForReview(s.otherEsthetician, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      editPlanLine(s.otherEsthetician, { kind: "REMOVE", appointmentId: id, section: "weekly", lineId: "weekly.exfoliate" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(publishPlan(s.otherEsthetician, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getPlanForReview(s.clientActor, id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(publishPlan(null as never, id)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await db.homecarePlan.findUniqueOrThrow({ where: { appointmentId: id } })).toMatchObject({ state: "DRAFT" });
  });
});

describe("the client", () => {
  test("sees only their own published plans, newest first, with the rebooking link; drafts are staff-only", async () => {
    const s = await signedScenario();
    expect(await listOwnPlans(s.clientActor)).toEqual([]);
    const planId = (await db.homecarePlan.findUniqueOrThrow({ where: { appointmentId: s.appointment.id } })).id;
    await expect(getOwnPlan(s.clientActor, planId)).rejects.toMatchObject({ code: "NOT_FOUND" });

    await publishPlan(s.esthetician, s.appointment.id, new Date("2030-03-12T17:00:00Z"));
    const later = await insertAppointment({
      locationId: s.location.id,
      clientId: s.client.id,
      staffId: s.staff[0]!.profile.id,
      serviceId: s.service.id,
      startsAt: new Date(visitStart.getTime() + 35 * 86_400_000),
    });
    await signNote(s.esthetician, noteInput(later.id), new Date("2030-04-16T16:30:00Z"));
    await publishPlan(s.esthetician, later.id, new Date("2030-04-16T17:00:00Z"));

    const list = await listOwnPlans(s.clientActor);
    expect(list.map((p) => p.visitStartsAt)).toEqual([later.startsAt, s.appointment.startsAt]);
    const own = await getOwnPlan(s.clientActor, planId);
    expect(own.rebookHref).toBe(`/book?service=${s.service.slug}&staff=${s.staff[0]!.profile.id}&date=2030-04-09&until=2030-04-23`);
    expect(own.spa.name).toBe(s.location.name);

    const { user: stranger } = await createUser({ role: "CLIENT" });
    await expect(getOwnPlan(asActor(stranger), planId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listOwnPlans(asActor(stranger))).toEqual([]);
    await expect(listOwnPlans(s.esthetician)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getOwnPlan(s.clientActor, "not-a-uuid")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("checks against the avoid model", () => {
  test("a line recommending what the client must avoid is refused with the conflicts; kept only with a reason, acknowledged and audited", async () => {
    const s = await signedScenario();
    const id = s.appointment.id;
    const edit = { kind: "ADD", appointmentId: id, section: "eveningRoutine", text: "Use a retinol serum at night.", reason: "" } as const;
    const refused = await editPlanLine(s.esthetician, edit).catch((error: unknown) => error);
    expect(refused).toMatchObject({
      code: "CONFLICT",
      details: {
        data: {
          conflicts: expect.arrayContaining([expect.objectContaining({ what: "retinol", against: "Pregnant or nursing: products" })]),
        },
      },
    });
    // Advice against it needs no reason.
    await expect(editPlanLine(s.esthetician, { ...edit, text: "Avoid retinol while you are pregnant." })).resolves.toBeDefined();
    const { lineId } = await editPlanLine(s.esthetician, { ...edit, override: "Her obstetrician approved it in writing." }, signedAt);
    const { plan } = await getPlanForReview(s.esthetician, id);
    expect(plan!.content.sections.eveningRoutine.find((line) => line.id === lineId)?.acknowledged).toMatchObject({
      reason: "Her obstetrician approved it in writing.",
      by: s.esthetician.name,
    });
    const audit = await db.auditEvent.findMany({
      where: { action: "homecare.edit", actorId: s.esthetician.userId },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.at(-1)!.details).toMatchObject({ override: { reason: "Her obstetrician approved it in writing." } });
  });

  test("with an allergy the dictionary cannot read, each suggested product needs its label checked before the plan goes out", async () => {
    const s = await chartScenario({ intake: { allergies: { other: "kiwi" }, skin: { type: "normal", concerns: [] } } });
    await signNote(s.esthetician, noteInput(s.appointment.id), signedAt);
    const { plan } = await getPlanForReview(s.esthetician, s.appointment.id);
    const products = plan!.content.sections.products;
    expect(products.length).toBeGreaterThan(0);
    expect(products.every((line) => line.confirmation?.required.includes('"kiwi"'))).toBe(true);
    await expect(publishPlan(s.esthetician, s.appointment.id, signedAt)).rejects.toMatchObject({ code: "CONFLICT" });
    for (const line of products) await confirmPlanProduct(s.esthetician, { appointmentId: s.appointment.id, lineId: line.id }, signedAt);
    await expect(confirmPlanProduct(s.esthetician, { appointmentId: s.appointment.id, lineId: products[0]!.id })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(publishPlan(s.esthetician, s.appointment.id, signedAt)).resolves.toBeDefined();
    const { plan: published } = await getPlanForReview(s.esthetician, s.appointment.id);
    expect(published!.edits.filter((edit) => edit.kind === "CONFIRM")).toHaveLength(products.length);
  });

  test("the draft uses the intake as it stood for the visit; one that had expired marks the draft out of date", async () => {
    const stale = await chartScenario({ intake: {}, submittedAt: new Date("2029-08-01T12:00:00Z") });
    await signNote(stale.esthetician, noteInput(stale.appointment.id), signedAt);
    const { plan } = await getPlanForReview(stale.esthetician, stale.appointment.id);
    expect(plan!.content.intake).toEqual({ state: "expired", submittedOn: "2029-08-01" });
    expect(plan!.content.reviewNotes?.[0]).toMatch(/^Intake out of date/);

    const s = await chartScenario({ intake: {} });
    // Submitted after the visit (for the next one): not what this visit's plan is drafted from.
    await submitIntake(
      s.clientActor,
      buildIntakeAnswers({ allergies: { ingredients: ["lanolin"] } }),
      { ip: null, userAgent: null },
      new Date("2030-03-20T12:00:00Z"),
    );
    await signNote(s.esthetician, noteInput(s.appointment.id), new Date("2030-03-21T09:00:00Z"));
    const { plan: drafted } = await getPlanForReview(s.esthetician, s.appointment.id);
    expect(drafted!.content.intake?.state).toBe("current");
    expect(drafted!.content.avoid?.allergies.matched).toEqual([]);
  });
});
