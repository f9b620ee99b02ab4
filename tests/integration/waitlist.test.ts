import { describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { computeSlots } from "@/lib/booking/availability";
import { bookAppointment } from "@/lib/booking/book-command";
import { cancelAppointment } from "@/lib/booking/change-commands";
import { findBookableService } from "@/lib/booking/load-schedule";
import { db } from "@/lib/db/client";
import { addDays, getLocalDate } from "@/lib/dates/local-date";
import { submitIntake } from "@/lib/intake/commands";
import { claimWaitlistOffer } from "@/lib/waitlist/claim";
import { addClientToWaitlist, joinWaitlist, leaveWaitlist, moveWaitlistEntry } from "@/lib/waitlist/commands";
import { offerTimeFreedByChanges, runWaitlistPass } from "@/lib/waitlist/feed";
import { releaseExpiredHolds } from "@/lib/waitlist/holds";
import { offerFreedTime } from "@/lib/waitlist/offers";
import { getOfferForClaim, getOffersReport, listOwnWaitlist, listWaitlistForDay } from "@/lib/waitlist/queries";
import type { JoinWaitlistInput } from "@/lib/waitlist/schema";
import { buildIntakeAnswers } from "@/tests/support/intake";
import { insertAppointment } from "../factories/appointments";
import { asActor, createBookableSpa } from "../factories/booking-spa";
import { createUser } from "../factories/users";
import { createActor } from "../support/admin";
import { startTestWorker } from "../support/mail";
import { waitFor } from "../support/wait-for";

const ZONE = "America/New_York";
const now = new Date("2030-03-04T12:00:00Z"); // Monday 07:00 New York
const TUESDAY = "2030-03-05";
// With 9–5 hours, a 60-minute service and 10/15-minute buffers, the first slot of a day is 9:15.
const tuesdayNineFifteen = new Date("2030-03-05T14:15:00Z");

type Spa = Awaited<ReturnType<typeof createBookableSpa>>;

/** A client with an email who joins the waitlist for the spa's service. */
async function waitingClient(spa: Spa, preferences: Partial<JoinWaitlistInput> = {}, at = now) {
  const actor = asActor((await createUser({ role: "CLIENT" })).user);
  const entry = await joinWaitlist(
    actor,
    { serviceId: spa.service.id, staffId: null, fromDate: TUESDAY, toDate: TUESDAY, weekdays: [], dayParts: [], ...preferences },
    at,
  );
  return { actor, entryId: entry.id };
}

/**
 * The esthetician's day is full: 9:00–10:30 (which, cancelled, frees exactly the 9:15 slot) and
 * 10:30–17:00, both booked for the spa's client.
 */
async function fullDay(spa: Spa, date = TUESDAY) {
  const staffId = spa.staff[0]!.profile.id;
  const base = {
    locationId: spa.location.id,
    clientId: spa.client.id,
    staffId,
    serviceId: spa.service.id,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 0,
  };
  const nine = new Date(`${date}T14:00:00Z`);
  const first = await insertAppointment({ ...base, startsAt: nine, durationMinutes: 90, resourceIds: [spa.rooms[0]!.id] });
  const rest = await insertAppointment({ ...base, startsAt: new Date(nine.getTime() + 90 * 60_000), durationMinutes: 390 });
  return { first, rest };
}

const offersOf = (entryId: string) => db.waitlistOffer.findMany({ where: { entryId }, orderBy: { offeredAt: "asc" } });

/** The claim link's token from the offer message the client was sent. */
async function claimToken(clientId: string): Promise<string> {
  const messages = await db.emailMessage.findMany({ where: { clientId, template: "WAITLIST_OFFER" }, orderBy: { createdAt: "desc" } });
  const match = /\/waitlist\/claim\/([A-Za-z0-9_-]{43})/.exec(messages[0]?.text ?? "");
  if (!match) throw new Error(`no offer message for client ${clientId}`);
  return match[1]!;
}

async function cancelFirst(spa: Spa, appointmentId: string, at = now) {
  await cancelAppointment(spa.clientActor, { appointmentId, reason: "Can't make it" }, at);
}

describe("matching", () => {
  test("freed time goes to entries whose service, window, weekday, time of day and esthetician fit, in queue order", async () => {
    const spa = await createBookableSpa();
    const day = await fullDay(spa);
    const evening = await waitingClient(spa, { dayParts: ["EVENING"] });
    const wednesday = await waitingClient(spa, { fromDate: "2030-03-06", toDate: "2030-03-06" });
    const mondaysOnly = await waitingClient(spa, { fromDate: "2030-03-04", toDate: "2030-03-10", weekdays: [1] });
    const morning = await waitingClient(spa, { dayParts: ["MORNING"] });
    const later = await waitingClient(spa, { dayParts: ["MORNING"] });
    const optedOut = await waitingClient(spa);
    await db.notificationPreference.create({ data: { userId: optedOut.actor.userId, waitlist: false } });

    await cancelFirst(spa, day.first.id);
    expect(await offerFreedTime({ locationId: spa.location.id, dates: [TUESDAY] }, now)).toBe(1);

    for (const other of [evening, wednesday, mondaysOnly, later, optedOut]) expect(await offersOf(other.entryId)).toEqual([]);
    const [offer] = await offersOf(morning.entryId);
    expect(offer).toMatchObject({ status: "PENDING", slotStartsAt: tuesdayNineFifteen, expiresAt: new Date(now.getTime() + 30 * 60_000) });
    const hold = await db.appointment.findUniqueOrThrow({ where: { id: offer!.appointmentId! }, include: { resources: true } });
    expect(hold).toMatchObject({
      status: "HELD",
      clientId: morning.actor.userId,
      startsAt: tuesdayNineFifteen,
      holdExpiresAt: offer!.expiresAt,
    });
    expect(hold.resources).toHaveLength(1);
    expect(await db.waitlistEntry.findUniqueOrThrow({ where: { id: morning.entryId } })).toMatchObject({ status: "OFFERED" });

    const [message] = await db.emailMessage.findMany({ where: { clientId: morning.actor.userId, template: "WAITLIST_OFFER" } });
    expect(message).toMatchObject({ state: "QUEUED", toAddress: morning.actor.email });
    expect(message!.text).toContain("Tuesday, March 5, 2030 at 9:15 AM EST");
    expect(message!.text).toMatch(/\/waitlist\/claim\/[A-Za-z0-9_-]{43}/);
    // Only the token's hash is stored.
    expect(offer!.tokenHash).not.toBe(await claimToken(morning.actor.userId));
  });

  test("a client already booked at that time (anywhere) is passed over; the next in the queue is offered", async () => {
    const spa = await createBookableSpa();
    const day = await fullDay(spa);
    const busy = await waitingClient(spa);
    const next = await waitingClient(spa);
    // The first in the queue has a visit at another spa then: one client never holds two overlapping visits.
    const elsewhere = await createBookableSpa();
    await insertAppointment({
      locationId: elsewhere.location.id,
      clientId: busy.actor.userId,
      staffId: elsewhere.staff[0]!.profile.id,
      serviceId: elsewhere.service.id,
      startsAt: new Date(`${TUESDAY}T14:00:00Z`),
      durationMinutes: 90,
    });

    await cancelFirst(spa, day.first.id);
    expect(await offerFreedTime({ locationId: spa.location.id, dates: [TUESDAY] }, now)).toBe(1);

    expect(await offersOf(busy.entryId)).toEqual([]);
    expect(await db.waitlistEntry.findUniqueOrThrow({ where: { id: busy.entryId } })).toMatchObject({ status: "WAITING" });
    expect(await offersOf(next.entryId)).toMatchObject([{ status: "PENDING", slotStartsAt: tuesdayNineFifteen }]);
  });

  test("the desk's order decides who is offered first", async () => {
    const spa = await createBookableSpa();
    const day = await fullDay(spa);
    const first = await waitingClient(spa);
    const second = await waitingClient(spa);
    const desk = await createActor("FRONT_DESK");
    await moveWaitlistEntry(desk, { entryId: second.entryId, direction: "up" });
    await cancelFirst(spa, day.first.id);
    await offerFreedTime({ locationId: spa.location.id, dates: [TUESDAY] }, now);
    expect(await offersOf(first.entryId)).toEqual([]);
    expect(await offersOf(second.entryId)).toHaveLength(1);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: second.entryId, action: "waitlist.reorder" } });
    expect(audit.actorId).toBe(desk.userId);
  });

  test("a named esthetician's entry is offered only that esthetician's time", async () => {
    const spa = await createBookableSpa({ staffCount: 2, roomCount: 2 });
    const [ava, ben] = spa.staff.map((member) => member.profile.id);
    await fullDay(spa);
    // Ben is free all day; Ava's first slot is booked. An entry for Ava only gets Ava's freed time.
    const forAva = await waitingClient(spa, { staffId: ava! });
    await offerFreedTime({ locationId: spa.location.id, dates: [TUESDAY] }, now);
    expect(await offersOf(forAva.entryId)).toEqual([]);
    const forBen = await waitingClient(spa, { staffId: ben! });
    await offerFreedTime({ locationId: spa.location.id, dates: [TUESDAY] }, now);
    const [offer] = await offersOf(forBen.entryId);
    const hold = await db.appointment.findUniqueOrThrow({ where: { id: offer!.appointmentId! } });
    expect(hold.staffId).toBe(ben);
  });
});

describe("holds", () => {
  test("HELD time is taken for online booking, the desk and the availability engine", async () => {
    const spa = await createBookableSpa();
    const day = await fullDay(spa);
    await waitingClient(spa);
    await cancelFirst(spa, day.first.id);
    await offerFreedTime({ locationId: spa.location.id, dates: [TUESDAY] }, now);

    const service = (await findBookableService(db, spa.service.id))!;
    const slots = await computeSlots(service, { from: TUESDAY, to: TUESDAY }, { now });
    expect(slots.map((slot) => slot.start)).not.toContain(tuesdayNineFifteen.getTime());
    const other = asActor((await createUser({ role: "CLIENT" })).user);
    const input = { serviceId: spa.service.id, staffId: null, startsAt: tuesdayNineFifteen.toISOString(), clientNotes: "" };
    await expect(bookAppointment(other, input, now)).rejects.toMatchObject({ code: "CONFLICT" });
    const desk = await createActor("FRONT_DESK");
    await expect(bookAppointment(desk, input, now, { client: { id: other.userId } })).rejects.toMatchObject({ code: "CONFLICT" });
    // The database refuses it too, whatever the application does.
    await expect(
      insertAppointment({
        locationId: spa.location.id,
        clientId: other.userId,
        staffId: spa.staff[0]!.profile.id,
        serviceId: spa.service.id,
        startsAt: tuesdayNineFifteen,
      }),
    ).rejects.toThrow();
  });

  test("the worker releases an expired hold, tells the client and offers the slot to the next entry", async () => {
    const spa = await createBookableSpa();
    const realNow = new Date();
    const date = addDays(getLocalDate(realNow, ZONE), 3);
    const day = await fullDay(spa, date);
    const first = await waitingClient(spa, { fromDate: date, toDate: date }, realNow);
    const second = await waitingClient(spa, { fromDate: date, toDate: date }, realNow);
    await offerTimeFreedByChanges(realNow); // every location's cursor starts at the present
    const worker = await startTestWorker({});
    try {
      await cancelFirst(spa, day.first.id, realNow);
      const [offer] = await waitFor(() => offersOf(first.entryId), {
        until: (rows) => rows.length === 1,
        description: "an offer to the first entry",
      });
      expect(await offersOf(second.entryId)).toEqual([]);
      const past = new Date(Date.now() - 1000);
      await db.$transaction([
        db.appointment.update({ where: { id: offer!.appointmentId! }, data: { holdExpiresAt: past } }),
        db.waitlistOffer.update({ where: { id: offer!.id }, data: { expiresAt: past } }),
      ]);
      const [next] = await waitFor(() => offersOf(second.entryId), {
        until: (rows) => rows.length === 1,
        description: "an offer to the second entry",
      });
      expect(next!.slotStartsAt).toEqual(offer!.slotStartsAt);
      expect(await db.waitlistOffer.findUniqueOrThrow({ where: { id: offer!.id } })).toMatchObject({
        status: "EXPIRED",
        appointmentId: null,
      });
      expect(await db.appointment.count({ where: { id: offer!.appointmentId! } })).toBe(0);
      expect(await db.waitlistEntry.findUniqueOrThrow({ where: { id: first.entryId } })).toMatchObject({ status: "WAITING" });
      expect(await db.emailMessage.count({ where: { clientId: first.actor.userId, template: "WAITLIST_HOLD_EXPIRED" } })).toBe(1);
    } finally {
      await worker.stop();
    }
  });

  test("a cancel during a hold offers the newly freed time to the next entry and leaves the hold alone", async () => {
    const spa = await createBookableSpa();
    const day = await fullDay(spa);
    const first = await waitingClient(spa);
    const second = await waitingClient(spa);
    await cancelFirst(spa, day.first.id);
    await offerFreedTime({ locationId: spa.location.id, dates: [TUESDAY] }, now);
    const [held] = await offersOf(first.entryId);
    expect(await offersOf(second.entryId)).toEqual([]);

    await cancelFirst(spa, day.rest.id);
    await offerFreedTime({ locationId: spa.location.id, dates: [TUESDAY] }, now);
    const [offer] = await offersOf(second.entryId);
    expect(offer!.slotStartsAt.getTime()).toBeGreaterThan(tuesdayNineFifteen.getTime());
    expect(await db.waitlistOffer.findUniqueOrThrow({ where: { id: held!.id } })).toMatchObject({ status: "PENDING" });
    expect(await offersOf(first.entryId)).toHaveLength(1);
  });

  test("leaving the waitlist while offered releases the hold for the next entry", async () => {
    const spa = await createBookableSpa();
    const day = await fullDay(spa);
    const first = await waitingClient(spa);
    const second = await waitingClient(spa);
    await cancelFirst(spa, day.first.id);
    await offerFreedTime({ locationId: spa.location.id, dates: [TUESDAY] }, now);
    const [offer] = await offersOf(first.entryId);
    await leaveWaitlist(first.actor, { entryId: first.entryId }, now);
    expect(await db.appointment.count({ where: { id: offer!.appointmentId! } })).toBe(0);
    expect(await db.waitlistOffer.findUniqueOrThrow({ where: { id: offer!.id } })).toMatchObject({ status: "WITHDRAWN" });
    await offerFreedTime({ locationId: spa.location.id, dates: [TUESDAY] }, now);
    expect((await offersOf(second.entryId))[0]!.slotStartsAt).toEqual(tuesdayNineFifteen);
  });
});

describe("claiming", () => {
  test("turns the hold into the client's booking with its confirmation; the link then only shows it", async () => {
    const spa = await createBookableSpa();
    const day = await fullDay(spa);
    const waiting = await waitingClient(spa);
    await cancelFirst(spa, day.first.id);
    await offerFreedTime({ locationId: spa.location.id, dates: [TUESDAY] }, now);
    const token = await claimToken(waiting.actor.userId);
    expect(await getOfferForClaim(token, now)).toMatchObject({ state: "pending", startsAt: tuesdayNineFifteen });

    const claimed = await claimWaitlistOffer({ token }, new Date(now.getTime() + 60_000));
    const booking = await db.appointment.findUniqueOrThrow({ where: { id: claimed.appointmentId } });
    expect(booking).toMatchObject({ status: "BOOKED", clientId: waiting.actor.userId, holdExpiresAt: null, startsAt: tuesdayNineFifteen });
    expect(await db.waitlistEntry.findUniqueOrThrow({ where: { id: waiting.entryId } })).toMatchObject({
      status: "BOOKED",
      appointmentId: booking.id,
    });
    const templates = (await db.emailMessage.findMany({ where: { appointmentId: booking.id } })).map((m) => m.template);
    expect(templates).toContain("BOOKING_CONFIRMATION");

    // Single use: the same link books nothing more.
    const again = await claimWaitlistOffer({ token }, new Date(now.getTime() + 120_000));
    expect(again.appointmentId).toBe(booking.id);
    expect(await db.appointment.count({ where: { clientId: waiting.actor.userId } })).toBe(1);
    expect(await getOfferForClaim(token, now)).toMatchObject({ state: "claimed", appointmentId: booking.id });
    await expect(claimWaitlistOffer({ token: "A".repeat(43) }, now)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  test("simultaneous claims of one hold offered to several clients end with exactly one booking", async () => {
    const spa = await createBookableSpa();
    await db.bookingPolicy.update({ where: { locationId: spa.location.id }, data: { waitlistOfferMode: "NEXT_N", waitlistBatchSize: 4 } });
    const day = await fullDay(spa);
    const clients = [];
    for (let i = 0; i < 4; i++) clients.push(await waitingClient(spa));
    await cancelFirst(spa, day.first.id);
    expect(await offerFreedTime({ locationId: spa.location.id, dates: [TUESDAY] }, now)).toBe(1);
    const tokens = await Promise.all(clients.map((client) => claimToken(client.actor.userId)));

    const results = await Promise.allSettled(tokens.map((token) => claimWaitlistOffer({ token }, now)));
    const won = results.filter((result) => result.status === "fulfilled");
    expect(won).toHaveLength(1);
    for (const result of results) {
      if (result.status === "rejected") {
        expect(result.reason).toMatchObject({ code: "CONFLICT", details: { data: { reason: "TAKEN", alternatives: expect.any(Array) } } });
        expect((result.reason as { details: { data: { alternatives: unknown[] } } }).details.data.alternatives.length).toBeGreaterThan(0);
      }
    }
    const booked = await db.appointment.findMany({
      where: { locationId: spa.location.id, startsAt: tuesdayNineFifteen, status: { not: "CANCELLED" } },
    });
    expect(booked).toHaveLength(1);
    expect(booked[0]!.status).toBe("BOOKED");
    const losers = clients.filter((client) => client.actor.userId !== booked[0]!.clientId);
    for (const loser of losers) {
      expect(await db.emailMessage.count({ where: { clientId: loser.actor.userId, template: "WAITLIST_TAKEN" } })).toBe(1);
      expect(await db.waitlistEntry.findUniqueOrThrow({ where: { id: loser.entryId } })).toMatchObject({ status: "WAITING" });
    }
  });

  test("a contraindication that blocks the service stops the claim, as it stops online booking", async () => {
    const spa = await createBookableSpa();
    const day = await fullDay(spa);
    const waiting = await waitingClient(spa);
    // Rosacea: no steam (FACTS.md); the factory's service includes STEAM.
    await submitIntake(waiting.actor, buildIntakeAnswers({ skinHistory: { rosacea: true } }), { ip: null, userAgent: null }, now);
    await cancelFirst(spa, day.first.id);
    await offerFreedTime({ locationId: spa.location.id, dates: [TUESDAY] }, now);
    const token = await claimToken(waiting.actor.userId);
    await expect(claimWaitlistOffer({ token }, now)).rejects.toMatchObject({
      code: "FORBIDDEN",
      details: { data: { reason: "CONTRAINDICATED" } },
    });
    expect(await db.appointment.count({ where: { clientId: waiting.actor.userId, status: "BOOKED" } })).toBe(0);
  });

  test("an expired offer is refused with alternatives", async () => {
    const spa = await createBookableSpa();
    const day = await fullDay(spa);
    const waiting = await waitingClient(spa);
    await cancelFirst(spa, day.first.id);
    await offerFreedTime({ locationId: spa.location.id, dates: [TUESDAY] }, now);
    const token = await claimToken(waiting.actor.userId);
    const late = new Date(now.getTime() + 31 * 60_000);
    expect(await getOfferForClaim(token, late)).toMatchObject({ state: "expired" });
    await expect(claimWaitlistOffer({ token }, late)).rejects.toMatchObject({ code: "CONFLICT", details: { data: { reason: "EXPIRED" } } });
  });
});

describe("the feed", () => {
  test("a pass releases lapsed holds and offers what changes since the cursor freed", async () => {
    const spa = await createBookableSpa();
    const day = await fullDay(spa);
    const waiting = await waitingClient(spa);
    await runWaitlistPass(now);
    await cancelFirst(spa, day.first.id);
    const pass = await runWaitlistPass(now);
    expect(pass.holds).toBeGreaterThanOrEqual(1);
    expect(await offersOf(waiting.entryId)).toHaveLength(1);
    // Nothing new: a second pass offers nothing twice.
    expect((await runWaitlistPass(now)).holds).toBe(0);
  });
});

describe("joining and the desk", () => {
  const input = (spa: Spa): JoinWaitlistInput => ({
    serviceId: spa.service.id,
    staffId: null,
    fromDate: TUESDAY,
    toDate: "2030-03-08",
    weekdays: [2, 4],
    dayParts: ["MORNING"],
  });

  test("a client sees and leaves their own entries; no one else's", async () => {
    const spa = await createBookableSpa();
    const { id: entryId } = await joinWaitlist(spa.clientActor, input(spa), now);
    await expect(joinWaitlist(spa.clientActor, input(spa), now)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await listOwnWaitlist(spa.clientActor, now)).toEqual([
      expect.objectContaining({
        id: entryId,
        fromDate: TUESDAY,
        toDate: "2030-03-08",
        weekdays: [2, 4],
        dayParts: ["MORNING"],
        status: "WAITING",
      }),
    ]);
    const stranger = asActor((await createUser({ role: "CLIENT" })).user);
    expect(await listOwnWaitlist(stranger, now)).toEqual([]);
    await expect(leaveWaitlist(stranger, { entryId }, now)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await leaveWaitlist(spa.clientActor, { entryId }, now);
    expect(await listOwnWaitlist(spa.clientActor, now)).toEqual([]);
  });

  test("dates are checked against the spa's today and the booking horizon", async () => {
    const spa = await createBookableSpa();
    await expect(joinWaitlist(spa.clientActor, { ...input(spa), fromDate: "2030-03-01" }, now)).rejects.toMatchObject({
      code: "VALIDATION",
      details: { fieldErrors: { fromDate: expect.any(Array) } },
    });
    await expect(joinWaitlist(spa.clientActor, { ...input(spa), toDate: "2030-12-01" }, now)).rejects.toMatchObject({
      code: "VALIDATION",
      details: { fieldErrors: { toDate: expect.any(Array) } },
    });
  });

  test("the desk adds a client with an email, sees the day's list by service; others may not", async () => {
    const spa = await createBookableSpa();
    const desk = await createActor("FRONT_DESK");
    const { id: entryId } = await addClientToWaitlist(desk, { ...input(spa), clientId: spa.client.id }, now);
    const view = await listWaitlistForDay(desk, { date: TUESDAY, serviceId: spa.service.id }, now);
    expect(view.groups).toEqual([
      expect.objectContaining({ serviceId: spa.service.id, entries: [expect.objectContaining({ id: entryId, clientId: spa.client.id })] }),
    ]);
    // Wednesday is not a wanted weekday.
    expect((await listWaitlistForDay(desk, { date: "2030-03-06", serviceId: spa.service.id }, now)).groups).toEqual([]);
    expect(await db.auditEvent.count({ where: { entityId: entryId, action: "waitlist.add" } })).toBe(1);

    const noEmail = await db.user.create({ data: { name: "Walk In", role: "CLIENT" } });
    await expect(addClientToWaitlist(desk, { ...input(spa), clientId: noEmail.id }, now)).rejects.toMatchObject({ code: "VALIDATION" });

    const esthetician = await createActor("ESTHETICIAN");
    const wrong: Actor[] = [spa.clientActor, esthetician];
    for (const actor of wrong) {
      await expect(listWaitlistForDay(actor, {}, now)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(addClientToWaitlist(actor, { ...input(spa), clientId: spa.client.id }, now)).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(moveWaitlistEntry(actor, { entryId, direction: "up" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(joinWaitlist(esthetician, input(spa), now)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getOffersReport(desk, {}, now)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("the offers report", () => {
  test("counts offers sent, claimed and expired, and the revenue claimed bookings recovered", async () => {
    const spa = await createBookableSpa();
    const admin = await createActor("ADMIN");
    const range = { from: "2030-03-04", to: "2030-03-04" };
    const before = await getOffersReport(admin, range, now);
    const day = await fullDay(spa);
    const claimer = await waitingClient(spa);
    const lapser = await waitingClient(spa);
    await cancelFirst(spa, day.first.id);
    await cancelFirst(spa, day.rest.id);
    await offerFreedTime({ locationId: spa.location.id, dates: [TUESDAY] }, now);
    await claimWaitlistOffer({ token: await claimToken(claimer.actor.userId) }, now);
    const [lapsed] = await offersOf(lapser.entryId);
    expect(lapsed).toMatchObject({ status: "PENDING" });
    // Only this hold lapses (the other tests' holds run to now + 30 minutes).
    await db.appointment.update({ where: { id: lapsed!.appointmentId! }, data: { holdExpiresAt: new Date(now.getTime() - 1000) } });
    await releaseExpiredHolds(now);
    const after = await getOffersReport(admin, range, now);
    expect(after.sent - before.sent).toBe(2);
    expect(after.claimed - before.claimed).toBe(1);
    expect(after.expired - before.expired).toBe(1);
    expect(after.recoveredCents - before.recoveredCents).toBe(spa.service.priceCents);
  });
});
