import { beforeEach, describe, expect, test } from "vitest";
import { addTimeOff, clearDateOverride, removeTimeOff, replaceWeeklyHours, setDateOverride } from "@/lib/staff/hours-commands";
import { dateOverrideSchema, timeOffSchema, weeklyHoursSchema } from "@/lib/staff/hours-schema";
import type { Actor } from "@/lib/auth/policy";
import { computeSlots } from "@/lib/booking/availability";
import { findBookableService } from "@/lib/booking/load-schedule";
import { db } from "@/lib/db/client";
import { insertAppointment } from "../factories/appointments";
import { createEsthetician } from "../factories/spa";
import { auditEvents, createActor, createSpa, MONDAY_HOURS, NOW, rejection } from "../support/admin";

let admin: Actor;
let spa: Awaited<ReturnType<typeof createSpa>>;
let visitAt10: { id: string };
let visitAt15: { id: string };
beforeEach(async () => {
  admin = await createActor("ADMIN");
  spa = await createSpa();
  const base = { locationId: spa.location.id, clientId: spa.client.id, staffId: spa.staff.id, serviceId: spa.service.id };
  visitAt10 = await insertAppointment({ ...base, startsAt: new Date("2030-03-04T15:00:00Z") }); // Mon 10:00 EST
  visitAt15 = await insertAppointment({ ...base, startsAt: new Date("2030-03-04T20:00:00Z") }); // Mon 15:00 EST
});

const mornings = (resolutions: { appointmentId: string; action: "keep" | "cancel" }[] = []) =>
  weeklyHoursSchema.parse({ staffId: spa.staff.id, ranges: [{ weekday: 1, start: "09:00", end: "12:00" }], resolutions });
const statusOf = async (id: string) => (await db.appointment.findUniqueOrThrow({ where: { id } })).status;

async function mondaySlots() {
  const service = await findBookableService(db, spa.service.id);
  return computeSlots(service!, { from: "2030-03-04", to: "2030-03-04" }, { now: NOW });
}

describe("replaceWeeklyHours", () => {
  test("applies at once when nothing is stranded, and audits", async () => {
    const input = weeklyHoursSchema.parse({
      staffId: spa.staff.id,
      ranges: [
        { weekday: 1, start: "09:00", end: "12:00" },
        { weekday: 1, start: "13:00", end: "18:00" },
        { weekday: 2, start: "10:00", end: "16:00" },
      ],
    });
    expect(await replaceWeeklyHours(admin, input, NOW)).toEqual({ cancelledIds: [], keptIds: [], movedIds: [] });
    const rows = await db.workingHours.findMany({
      where: { staffId: spa.staff.id },
      orderBy: [{ weekday: "asc" }, { startMinute: "asc" }],
    });
    expect(rows.map((r) => [r.weekday, r.startMinute, r.endMinute])).toEqual([
      [1, 540, 720],
      [1, 780, 1080],
      [2, 600, 960],
    ]);
    const events = await auditEvents(spa.staff.id, "hours.replace");
    expect(events).toHaveLength(1);
    // The hours it replaced are recorded too, so the audit log can say what was added and removed.
    expect(events[0]!.details).toMatchObject({ before: [{ weekday: 1, startMinute: 540, endMinute: 1020 }] });
  });

  test("lists the appointments left outside and changes nothing until each is decided", async () => {
    const error = await rejection(replaceWeeklyHours(admin, mornings(), NOW));
    expect(error.code).toBe("CONFLICT");
    const affected = (error.details?.data as { affected: { id: string; clientName: string; serviceName: string }[] }).affected;
    expect(affected.map((a) => a.id)).toEqual([visitAt15.id]);
    expect(affected[0]).toMatchObject({ clientName: spa.client.name, serviceName: spa.service.name });
    expect(await db.workingHours.count({ where: { staffId: spa.staff.id, endMinute: 1020 } })).toBe(1);
    expect(await auditEvents(spa.staff.id)).toHaveLength(0);
  });

  test("cancel: the hours change and the stranded visit is cancelled, both audited", async () => {
    const result = await replaceWeeklyHours(admin, mornings([{ appointmentId: visitAt15.id, action: "cancel" }]), NOW);
    expect(result).toEqual({ cancelledIds: [visitAt15.id], keptIds: [], movedIds: [] });
    expect(await statusOf(visitAt15.id)).toBe("CANCELLED");
    expect(await statusOf(visitAt10.id)).toBe("BOOKED");
    expect(await db.appointmentResource.count({ where: { appointmentId: visitAt15.id, occupying: true } })).toBe(0);
    expect(await auditEvents(visitAt15.id, "appointment.cancel")).toHaveLength(1);
    const [event] = await auditEvents(spa.staff.id, "hours.replace");
    expect(event!.details).toMatchObject({ cancelledIds: [visitAt15.id], keptIds: [] });
  });

  test("keep: the hours change, the visit stays booked, and the afternoon is no longer offered", async () => {
    const afternoon = (slots: { start: number }[]) => slots.filter((s) => s.start >= Date.parse("2030-03-04T17:00:00Z"));
    expect(afternoon(await mondaySlots()).length).toBeGreaterThan(0);
    const result = await replaceWeeklyHours(admin, mornings([{ appointmentId: visitAt15.id, action: "keep" }]), NOW);
    expect(result).toEqual({ cancelledIds: [], keptIds: [visitAt15.id], movedIds: [] });
    expect(await statusOf(visitAt15.id)).toBe("BOOKED");
    expect(afternoon(await mondaySlots())).toEqual([]);
  });

  test("move: the stranded visit goes to a free colleague at the same time, listed as a target first", async () => {
    const { profile: colleague } = await createEsthetician(spa.location.id, { serviceIds: [spa.service.id], hours: MONDAY_HOURS });
    const error = await rejection(replaceWeeklyHours(admin, mornings(), NOW));
    const [listed] = (error.details?.data as { affected: { id: string; targets: { id: string }[] }[] }).affected;
    expect(listed).toMatchObject({ id: visitAt15.id, targets: [{ id: colleague.id }] });
    const result = await replaceWeeklyHours(
      admin,
      weeklyHoursSchema.parse({ ...mornings(), resolutions: [{ appointmentId: visitAt15.id, action: "move", staffId: colleague.id }] }),
      NOW,
    );
    expect(result).toEqual({ cancelledIds: [], keptIds: [], movedIds: [visitAt15.id] });
    expect(await db.appointment.findUniqueOrThrow({ where: { id: visitAt15.id } })).toMatchObject({
      staffId: colleague.id,
      status: "BOOKED",
    });
    expect(await auditEvents(visitAt15.id, "appointment.move")).toHaveLength(1);
  });

  test("move to a colleague who is not free refuses the whole change", async () => {
    const { profile: colleague } = await createEsthetician(spa.location.id, { serviceIds: [spa.service.id] });
    const input = weeklyHoursSchema.parse({
      ...mornings(),
      resolutions: [{ appointmentId: visitAt15.id, action: "move", staffId: colleague.id }],
    });
    expect((await rejection(replaceWeeklyHours(admin, input, NOW))).code).toBe("CONFLICT");
    expect(await db.workingHours.count({ where: { staffId: spa.staff.id, endMinute: 1020 } })).toBe(1);
    expect((await db.appointment.findUniqueOrThrow({ where: { id: visitAt15.id } })).staffId).toBe(spa.staff.id);
  });

  test("a visit booked after the preview is listed again on confirm", async () => {
    const late = await insertAppointment({
      locationId: spa.location.id,
      clientId: spa.client.id,
      staffId: spa.staff.id,
      serviceId: spa.service.id,
      startsAt: new Date("2030-03-04T18:30:00Z"),
    });
    const error = await rejection(replaceWeeklyHours(admin, mornings([{ appointmentId: visitAt15.id, action: "cancel" }]), NOW));
    expect((error.details?.data as { affected: { id: string }[] }).affected.map((a) => a.id)).toEqual([late.id, visitAt15.id]);
    expect(await statusOf(visitAt15.id)).toBe("BOOKED");
  });

  test("validation errors come from the shared schema", () => {
    const result = weeklyHoursSchema.safeParse({ staffId: spa.staff.id, ranges: [{ weekday: 1, start: "12:00", end: "11:00" }] });
    expect(result.error?.issues[0]?.path).toEqual(["ranges", 0, "end"]);
  });
});

describe("time off and date overrides", () => {
  test("time off over a visit lists it; confirmed with cancel it is written in the spa's zone", async () => {
    const input = { staffId: spa.staff.id, from: "2030-03-04T09:00", to: "2030-03-04T12:00", reason: "Dentist" };
    const error = await rejection(addTimeOff(admin, timeOffSchema.parse(input), NOW));
    expect((error.details?.data as { affected: { id: string }[] }).affected.map((a) => a.id)).toEqual([visitAt10.id]);
    await addTimeOff(admin, timeOffSchema.parse({ ...input, resolutions: [{ appointmentId: visitAt10.id, action: "cancel" }] }), NOW);
    const [row] = await db.staffTimeOff.findMany({ where: { staffId: spa.staff.id } });
    expect(row).toMatchObject({ startsAt: new Date("2030-03-04T14:00:00Z"), endsAt: new Date("2030-03-04T17:00:00Z"), reason: "Dentist" });
    expect(await statusOf(visitAt10.id)).toBe("CANCELLED");
    const starts = (await mondaySlots()).map((s) => s.start);
    expect(starts.some((s) => s < Date.parse("2030-03-04T17:10:00Z"))).toBe(false);
    await removeTimeOff(admin, { timeOffId: row!.id });
    expect(await auditEvents(spa.staff.id, "time-off.add")).toHaveLength(1);
    expect(await auditEvents(spa.staff.id, "time-off.remove")).toHaveLength(1);
  });

  test("a day off lists both visits; kept, the override is stored as one row without minutes", async () => {
    const input = { staffId: spa.staff.id, date: "2030-03-04", dayOff: true, reason: "Training" };
    const error = await rejection(setDateOverride(admin, dateOverrideSchema.parse(input), NOW));
    expect((error.details?.data as { affected: unknown[] }).affected).toHaveLength(2);
    const resolutions = [visitAt10, visitAt15].map((v) => ({ appointmentId: v.id, action: "keep" as const }));
    await setDateOverride(admin, dateOverrideSchema.parse({ ...input, resolutions }), NOW);
    const rows = await db.staffDateOverride.findMany({ where: { staffId: spa.staff.id } });
    expect(rows.map((r) => [r.startMinute, r.endMinute, r.reason])).toEqual([[null, null, "Training"]]);
    expect(await mondaySlots()).toEqual([]);
  });

  test("custom hours for a date replace any earlier override; clearing restores the week", async () => {
    const custom = dateOverrideSchema.parse({
      staffId: spa.staff.id,
      date: "2030-03-11",
      dayOff: false,
      ranges: [{ start: "12:00", end: "14:00" }],
    });
    await setDateOverride(admin, custom, NOW);
    await setDateOverride(admin, { ...custom, ranges: [{ start: "08:00", end: "10:00" }] }, NOW);
    const rows = await db.staffDateOverride.findMany({ where: { staffId: spa.staff.id } });
    expect(rows.map((r) => [r.startMinute, r.endMinute])).toEqual([[480, 600]]);
    await clearDateOverride(admin, { staffId: spa.staff.id, date: "2030-03-11", resolutions: [] }, NOW);
    expect(await db.staffDateOverride.count({ where: { staffId: spa.staff.id } })).toBe(0);
    expect(await auditEvents(spa.staff.id, "date-override.set")).toHaveLength(2);
    expect(await auditEvents(spa.staff.id, "date-override.clear")).toHaveLength(1);
  });

  test("an unknown esthetician is NOT_FOUND", async () => {
    const error = await rejection(replaceWeeklyHours(admin, { ...mornings(), staffId: crypto.randomUUID() }, NOW));
    expect(error.code).toBe("NOT_FOUND");
  });

  test.each(["CLIENT", "ESTHETICIAN"] as const)("a %s is refused every schedule command", async (role) => {
    const actor = await createActor(role);
    const day = dateOverrideSchema.parse({ staffId: spa.staff.id, date: "2030-03-04", dayOff: true });
    const off = timeOffSchema.parse({ staffId: spa.staff.id, from: "2030-03-04T09:00", to: "2030-03-04T10:00" });
    for (const attempt of [
      () => replaceWeeklyHours(actor, mornings(), NOW),
      () => addTimeOff(actor, off, NOW),
      () => setDateOverride(actor, day, NOW),
      () => clearDateOverride(actor, { staffId: spa.staff.id, date: "2030-03-04", resolutions: [] }, NOW),
      () => removeTimeOff(actor, { timeOffId: crypto.randomUUID() }),
    ]) {
      expect((await rejection(attempt())).code).toBe("FORBIDDEN");
    }
  });
});
