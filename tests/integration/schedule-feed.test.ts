import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { bookAppointment } from "@/lib/booking/book-command";
import { cancelAppointment, rescheduleAppointment } from "@/lib/booking/change-commands";
import { db } from "@/lib/db/client";
import type { ScheduleChangeEvent } from "@/lib/schedule-feed/events";
import { ScheduleFeedListener, type FeedSignal } from "@/lib/schedule-feed/listener";
import { getScheduleVersion, listChangesSince } from "@/lib/schedule-feed/queries";
import { recordScheduleChange } from "@/lib/schedule-feed/record";
import { openScheduleStream } from "@/lib/schedule-feed/stream";
import { createBookableSpa } from "../factories/booking-spa";
import { createLocation } from "../factories/spa";
import { waitFor } from "../support/wait-for";

const now = new Date("2030-03-04T12:00:00Z"); // Monday 07:00 New York
const tuesdayTen = "2030-03-05T15:00:00.000Z";
const wednesdayTen = "2030-03-06T15:00:00.000Z";

// Two listeners on one database, each with its own connection: what two app instances are.
const instances: ScheduleFeedListener[] = [];
function newInstance() {
  const listener = new ScheduleFeedListener({ connectionString: process.env.DATABASE_URL!, initialBackoffMs: 50, onError: () => {} });
  instances.push(listener);
  return listener;
}

function collect(listener: ScheduleFeedListener, locationId: string) {
  const heard: FeedSignal[] = [];
  listener.subscribe((signal) => {
    if (signal.type === "resync" || signal.event.locationId === locationId) heard.push(signal);
  });
  const changes = () => heard.flatMap((signal) => (signal.type === "change" ? [signal.event] : []));
  return { heard, changes };
}

let first: ScheduleFeedListener;
let second: ScheduleFeedListener;

beforeAll(async () => {
  first = newInstance();
  second = newInstance();
  first.subscribe(() => {});
  second.subscribe(() => {});
  await Promise.all([first.ready(), second.ready()]);
});

afterAll(async () => {
  await Promise.all(instances.map((listener) => listener.close()));
});

describe("recordScheduleChange", () => {
  test("a committed change bumps the location's version and reaches every instance, ids and dates only", async () => {
    const location = await createLocation();
    const [a, b] = [collect(first, location.id), collect(second, location.id)];
    const staffId = "6f0b2c52-4d1e-4e8a-9a53-5c3f3c2f0a11";
    await db.$transaction((tx) =>
      recordScheduleChange(tx, { locationId: location.id, kind: "staff.date-override", staffIds: [staffId], dates: ["2030-03-05"] }),
    );
    const expected: ScheduleChangeEvent = {
      locationId: location.id,
      version: 1,
      kind: "staff.date-override",
      appointmentId: null,
      staffIds: [staffId],
      dates: ["2030-03-05"],
    };
    await waitFor(() => a.changes().length === 1 && b.changes().length === 1, { description: "both instances to hear the change" });
    expect(a.changes()).toEqual([expected]);
    expect(b.changes()).toEqual([expected]);
    expect(await getScheduleVersion(db, location.id)).toBe(1);
  });

  test("a rolled-back change announces nothing and leaves the version alone", async () => {
    const location = await createLocation();
    const heard = collect(first, location.id);
    await expect(
      db.$transaction(async (tx) => {
        await recordScheduleChange(tx, { locationId: location.id, kind: "resource.changed" });
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    await db.$transaction((tx) => recordScheduleChange(tx, { locationId: location.id, kind: "location.policy" }));
    await waitFor(() => heard.changes().length > 0, { description: "the committed change" });
    expect(heard.changes().map((change) => [change.kind, change.version])).toEqual([["location.policy", 1]]);
    expect(await getScheduleVersion(db, location.id)).toBe(1);
  });

  test("versions follow commit order, and the log replays what came after a version", async () => {
    const location = await createLocation();
    const heard = collect(first, location.id);
    // The transaction that starts first commits last: it still gets the later version.
    let releaseSlow!: () => void;
    const slowMayCommit = new Promise<void>((resolve) => (releaseSlow = resolve));
    const slow = db.$transaction(async (tx) => {
      await recordScheduleChange(tx, { locationId: location.id, kind: "staff.hours" });
      await slowMayCommit;
    });
    await db.$transaction((tx) => recordScheduleChange(tx, { locationId: location.id, kind: "resource.changed" }));
    releaseSlow();
    await slow;
    await waitFor(() => heard.changes().length === 2, { description: "both changes" });
    expect(heard.changes().map((change) => [change.version, change.kind])).toEqual([
      [1, "resource.changed"],
      [2, "staff.hours"],
    ]);
    const replay = await listChangesSince(db, { locationId: location.id, version: 1, limit: 10 });
    expect(replay).toEqual({ complete: true, changes: [expect.objectContaining({ version: 2, kind: "staff.hours" })] });
    expect(await listChangesSince(db, { locationId: location.id, version: 0, limit: 1 })).toMatchObject({ complete: false });
  });

  test("booking, moving and cancelling announce the visit with its esthetician and both days of a move", async () => {
    const spa = await createBookableSpa();
    const heard = collect(second, spa.location.id);
    const staffId = spa.staff[0]!.profile.id;
    const booked = await bookAppointment(
      spa.clientActor,
      { serviceId: spa.service.id, staffId: null, startsAt: tuesdayTen, clientNotes: "" },
      now,
    );
    await rescheduleAppointment(spa.clientActor, { appointmentId: booked.id, staffId: null, startsAt: wednesdayTen }, now);
    await cancelAppointment(spa.clientActor, { appointmentId: booked.id, reason: "" }, now);
    await waitFor(() => heard.changes().length === 3, { description: "three changes", show: () => heard.changes() });
    expect(heard.changes().map(({ kind, appointmentId, staffIds, dates }) => ({ kind, appointmentId, staffIds, dates }))).toEqual([
      { kind: "appointment.booked", appointmentId: booked.id, staffIds: [staffId], dates: ["2030-03-05"] },
      { kind: "appointment.moved", appointmentId: booked.id, staffIds: [staffId], dates: ["2030-03-05", "2030-03-06"] },
      { kind: "appointment.cancelled", appointmentId: booked.id, staffIds: [staffId], dates: ["2030-03-06"] },
    ]);
  });
});

describe("the listener", () => {
  test("reconnects by itself after losing its connection and tells subscribers to resync", async () => {
    const listener = newInstance();
    const location = await createLocation();
    const heard = collect(listener, location.id);
    await listener.ready();
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL! });
    await admin.connect();
    try {
      await admin.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'glowbook-schedule-feed' AND datname = current_database() AND pid <> pg_backend_pid()",
      );
    } finally {
      await admin.end();
    }
    await waitFor(() => heard.heard.some((signal) => signal.type === "resync"), { description: "a resync after reconnecting" });
    await db.$transaction((tx) => recordScheduleChange(tx, { locationId: location.id, kind: "resource.changed" }));
    await waitFor(() => heard.changes().length === 1, { description: "a change heard on the new connection" });
    // The other instances were cut off too and came back the same way.
    await Promise.all([first.ready(), second.ready()]);
  });
});

describe("openScheduleStream", () => {
  async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, done: (text: string) => boolean) {
    const decoder = new TextDecoder();
    let text = "";
    while (!done(text)) {
      const chunk = await reader.read();
      if (chunk.done) break;
      text += decoder.decode(chunk.value);
    }
    return text;
  }

  test("sends retry, ready with the version, then the audience's changes; an esthetician hears only their column", async () => {
    const location = await createLocation();
    await db.$transaction((tx) => recordScheduleChange(tx, { locationId: location.id, kind: "resource.changed" }));
    const mine = "0c5b0e1e-2f6d-4b83-9a1b-7b1d3b7e2a01";
    const theirs = "0c5b0e1e-2f6d-4b83-9a1b-7b1d3b7e2a02";
    const abort = new AbortController();
    const stream = openScheduleStream({
      feed: first,
      audience: { locationId: location.id, staffId: mine },
      lastEventId: null,
      currentVersion: () => getScheduleVersion(db, location.id),
      changesSince: (version) => listChangesSince(db, { locationId: location.id, version, limit: 10 }),
      stillAllowed: async () => true,
      signal: abort.signal,
    });
    const reader = stream.getReader();
    const opening = await readUntil(reader, (text) => text.includes("event: ready"));
    expect(opening).toMatch(/^retry: 3000\n: connected\n\n/);
    expect(opening).toContain('id: 1\nevent: ready\ndata: {"version":1}\n\n');
    await db.$transaction((tx) =>
      recordScheduleChange(tx, { locationId: location.id, kind: "staff.hours", staffIds: [theirs], dates: ["2030-03-05"] }),
    );
    await db.$transaction((tx) =>
      recordScheduleChange(tx, { locationId: location.id, kind: "staff.hours", staffIds: [mine], dates: ["2030-03-05"] }),
    );
    const next = await readUntil(reader, (text) => text.includes("event: schedule"));
    expect(next).toContain("id: 3\nevent: schedule\n");
    expect(next).not.toContain("id: 2\n");
    expect(JSON.parse(next.split("data: ")[1]!)).toMatchObject({ version: 3, staffIds: [mine], date: "2030-03-05" });
    abort.abort();
    expect(await reader.read()).toEqual({ done: true, value: undefined });
  });

  test("replays what a reconnecting browser missed after its Last-Event-ID", async () => {
    const location = await createLocation();
    for (const kind of ["resource.changed", "staff.hours", "location.policy"] as const) {
      await db.$transaction((tx) => recordScheduleChange(tx, { locationId: location.id, kind }));
    }
    const abort = new AbortController();
    const reader = openScheduleStream({
      feed: first,
      audience: { locationId: location.id },
      lastEventId: "1",
      currentVersion: () => getScheduleVersion(db, location.id),
      changesSince: (version) => listChangesSince(db, { locationId: location.id, version, limit: 10 }),
      stillAllowed: async () => true,
      signal: abort.signal,
    }).getReader();
    const text = await readUntil(reader, (received) => received.includes("event: ready"));
    expect([...text.matchAll(/^id: (\d+)\nevent: (\w+)/gm)].map((match) => `${match[1]} ${match[2]}`)).toEqual([
      "2 schedule",
      "3 schedule",
      "3 ready",
    ]);
    abort.abort();
  });

  test("ends the stream when the person may no longer watch the calendar", async () => {
    const location = await createLocation();
    const reader = openScheduleStream({
      feed: first,
      audience: { locationId: location.id },
      lastEventId: null,
      currentVersion: () => getScheduleVersion(db, location.id),
      changesSince: (version) => listChangesSince(db, { locationId: location.id, version, limit: 10 }),
      stillAllowed: async () => false,
      signal: new AbortController().signal,
      heartbeatMs: 20,
    }).getReader();
    const text = await readUntil(reader, () => false);
    expect(text).toContain(": heartbeat");
  });
});
