import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { AvailableSlot } from "@/lib/booking/availability";
import { bookAppointment } from "@/lib/booking/book-command";
import { Admission } from "@/lib/booking/admission";
import { SameTimeRequests } from "@/lib/booking/same-time";
import { getScheduleCache } from "@/lib/booking/schedule-cache";
import { db, type Db } from "@/lib/db/client";
import { toActionResult } from "@/lib/errors/to-action-result";
import { asActor, createBookableSpa, createClientActors } from "../factories/booking-spa";

// A booking that queued for its turn looks at the schedule again only when others want the same
// time (lib/booking/same-time.ts): alone at its time it goes straight to its transaction, which
// checks under the day's lock. One booking turn at a time here, held until every request of a test
// has queued for it (queuedBehindTurn), so each of them has waited.
const shared = globalThis as unknown as { glowbookBookingAdmission?: Admission };
const admission = new Admission(1);
beforeAll(() => {
  shared.glowbookBookingAdmission = admission;
});
afterAll(() => {
  delete shared.glowbookBookingAdmission;
});

// Monday 2030-03-04, 07:00 in New York; Tuesday 10:00 EST is 15:00Z.
const now = new Date("2030-03-04T12:00:00Z");
const hour = (h: number) => new Date(Date.UTC(2030, 2, 5, h + 5)).toISOString();

/** Schedule look-ups through this instance's cache (each look at the schedule makes some). */
const lookups = () => {
  const { hits, misses } = getScheduleCache().stats;
  return hits + misses;
};

async function book(actor: ReturnType<typeof asActor>, serviceId: string, startsAt: string) {
  return bookAppointment(actor, { serviceId, staffId: null, startsAt, clientNotes: "" }, now).then(
    () => 201,
    (error: unknown) => (toActionResult(error).code === "CONFLICT" ? 409 : Promise.reject(error)),
  );
}

/** Starts the requests while the one booking turn is taken, and gives it up once `count` queue. */
async function queuedBehindTurn<T>(count: number, start: () => Promise<T>[]): Promise<T[]> {
  let release = () => {};
  const held = admission.run(() => new Promise<void>((resolve) => (release = resolve)), 30_000);
  const answers = Promise.all(start());
  for (let waited = 0; admission.queued < count && waited < 10_000; waited += 5) await new Promise((resolve) => setTimeout(resolve, 5));
  release();
  await held;
  return answers;
}

/** Transactions opened through the shared client from now until `stop()`. */
function countTransactions() {
  const client = (globalThis as unknown as { glowbookDb: Db }).glowbookDb;
  const original = client.$transaction;
  const counter = { count: 0, stop: () => Object.assign(client, { $transaction: original }) };
  Object.assign(client, {
    $transaction: (...args: Parameters<Db["$transaction"]>) => {
      counter.count++;
      return (original as (...a: unknown[]) => unknown).apply(client, args);
    },
  });
  return counter;
}

describe("a booking that queued for its turn", () => {
  test("alone at its time, goes to its transaction without looking at the schedule again", async () => {
    const spa = await createBookableSpa({ staffCount: 3, roomCount: 3 });
    const actors = await createClientActors(4);
    let before = lookups();
    expect(await book(actors[0]!, spa.service.id, hour(15))).toBe(201);
    const lone = lookups() - before;

    before = lookups();
    const statuses = await queuedBehindTurn(3, () =>
      [hour(10), hour(12), hour(14)].map((time, i) => book(actors[i + 1]!, spa.service.id, time)),
    );
    expect(statuses).toEqual([201, 201, 201]);
    expect(lookups() - before).toBe(3 * lone);
  });

  test("with others for the same time, looks again: the one too many is refused before a transaction", async () => {
    const spa = await createBookableSpa({ staffCount: 3, roomCount: 3 });
    const actors = await createClientActors(4);
    // Three estheticians and three rooms: three of four requests for 10:00 book, one is refused.
    // No request waits for the first of the burst here (as when that wait runs out), so all four
    // queue for the turn.
    const sameTime = globalThis as unknown as { glowbookSameTimeRequests?: SameTimeRequests };
    const following = sameTime.glowbookSameTimeRequests;
    sameTime.glowbookSameTimeRequests = new SameTimeRequests({ followLeaders: false });
    const transactions = countTransactions();
    const statuses = await queuedBehindTurn(4, () => actors.map((actor) => book(actor, spa.service.id, hour(10)))).finally(() => {
      sameTime.glowbookSameTimeRequests = following;
    });
    transactions.stop();
    expect([...statuses].sort()).toEqual([201, 201, 201, 409]);
    expect(transactions.count).toBe(3);
    expect(await db.appointment.count({ where: { locationId: spa.location.id, startsAt: new Date(hour(10)) } })).toBe(3);
  });
});

describe("a burst for one esthetician's time", () => {
  test("those after the first wait for its answer: refused with alternatives, no intake read, no transaction", async () => {
    const spa = await createBookableSpa({ staffCount: 2, roomCount: 2 });
    const actors = await createClientActors(6);
    const staffId = spa.staff[0]!.profile.id;
    const transactions = countTransactions();
    const answers = await Promise.all(
      actors.map((actor) =>
        bookAppointment(actor, { serviceId: spa.service.id, staffId, startsAt: hour(11), clientNotes: "" }, now).then(
          () => ({ status: 201, alternatives: [] as string[] }),
          (error: unknown) => {
            const result = toActionResult(error);
            if (result.code !== "CONFLICT") return Promise.reject(error);
            const alternatives = (result.data as { alternatives: AvailableSlot[] }).alternatives;
            return { status: 409, alternatives: alternatives.map((slot) => slot.start) };
          },
        ),
      ),
    );
    transactions.stop();
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    expect(transactions.count).toBe(1);
    // The losers were answered before their intake was read: one audited read, the winner's.
    const reads = await db.auditEvent.count({ where: { action: "intake.read", actorId: { in: actors.map((actor) => actor.userId) } } });
    expect(reads).toBe(1);
    for (const answer of answers.filter((a) => a.status === 409)) {
      expect(answer.alternatives.length).toBeGreaterThan(0);
      expect(answer.alternatives).not.toContain(hour(11));
    }
  });
});
