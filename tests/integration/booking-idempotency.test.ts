import { describe, expect, test } from "vitest";
import { bookAppointmentOnce } from "@/lib/booking/book-once";
import { db } from "@/lib/db/client";
import { fingerprintOf } from "@/lib/idempotency/run-once";
import { asActor, createBookableSpa } from "../factories/booking-spa";
import { createUser } from "../factories/users";

// Monday 2030-03-04, 07:00 in New York. Tuesday 10:00 EST is 15:00Z.
const now = new Date("2030-03-04T12:00:00Z");
const tuesdayTen = "2030-03-05T15:00:00.000Z";
const tuesdayNoon = "2030-03-05T17:00:00.000Z";

async function arrange() {
  const spa = await createBookableSpa();
  const request = { serviceId: spa.service.id, staffId: null, startsAt: tuesdayTen, clientNotes: "" };
  const appointmentsOf = (clientId = spa.client.id) => db.appointment.findMany({ where: { clientId } });
  return { spa, request, appointmentsOf };
}

describe("a repeated booking request with the same idempotency key", () => {
  test("books once and answers the repeat with the first booking", async () => {
    const { spa, request, appointmentsOf } = await arrange();
    const first = await bookAppointmentOnce(spa.clientActor, request, "retry-after-reset-0001", now);
    const again = await bookAppointmentOnce(spa.clientActor, request, "retry-after-reset-0001", now);
    expect(again).toEqual(first);
    expect(await appointmentsOf()).toHaveLength(1);
    expect(await db.emailMessage.count({ where: { appointmentId: first.id, template: "BOOKING_CONFIRMATION" } })).toBe(1);
  });

  test("several at once still book once; each gets the booking or 'still being processed'", async () => {
    const { spa, request, appointmentsOf } = await arrange();
    const results = await Promise.allSettled(
      Array.from({ length: 4 }, () => bookAppointmentOnce(spa.clientActor, request, "retry-after-reset-0002", now)),
    );
    const booked = await appointmentsOf();
    expect(booked).toHaveLength(1);
    for (const result of results) {
      if (result.status === "fulfilled") expect(result.value.id).toBe(booked[0]!.id);
      else expect(result.reason).toMatchObject({ code: "CONFLICT", userMessage: expect.stringContaining("still being processed") });
    }
  });

  test("a refusal is an answer too: the repeat gets the same 409, even if the time has freed up since", async () => {
    const { spa, request } = await arrange();
    const { user: other } = await createUser({ role: "CLIENT" });
    const taken = await bookAppointmentOnce(asActor(other), request, undefined, now);
    const refused = await bookAppointmentOnce(spa.clientActor, request, "retry-after-reset-0003", now).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: "CONFLICT" });
    await db.appointment.update({ where: { id: taken.id }, data: { status: "CANCELLED", cancelledAt: now } });
    const replayed = await bookAppointmentOnce(spa.clientActor, request, "retry-after-reset-0003", now).catch((error: unknown) => error);
    expect(replayed).toMatchObject({ code: "CONFLICT", userMessage: (refused as { userMessage: string }).userMessage });
    expect((replayed as { details: unknown }).details).toEqual((refused as { details: unknown }).details);
  });

  test("the same key with a different request is refused and books nothing", async () => {
    const { spa, request, appointmentsOf } = await arrange();
    await bookAppointmentOnce(spa.clientActor, request, "retry-after-reset-0004", now);
    const error = await bookAppointmentOnce(spa.clientActor, { ...request, startsAt: tuesdayNoon }, "retry-after-reset-0004", now).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: "VALIDATION", userMessage: expect.stringContaining("different request") });
    expect(await appointmentsOf()).toHaveLength(1);
  });

  test("the form's own token in the body does not change what the request is", async () => {
    const { spa, request, appointmentsOf } = await arrange();
    const first = await bookAppointmentOnce(spa.clientActor, { ...request, requestKey: "form-token-0005" }, "form-token-0005", now);
    const again = await bookAppointmentOnce(spa.clientActor, { ...request, requestKey: "form-token-0005" }, "form-token-0005", now);
    expect(again.id).toBe(first.id);
    expect(await appointmentsOf()).toHaveLength(1);
  });

  test("keys are one person's: another client's same key is a request of their own", async () => {
    const { spa, request, appointmentsOf } = await arrange();
    const { user: other } = await createUser({ role: "CLIENT" });
    await bookAppointmentOnce(spa.clientActor, request, "shared-key-0006", now);
    const theirs = await bookAppointmentOnce(asActor(other), { ...request, startsAt: tuesdayNoon }, "shared-key-0006", now);
    expect(theirs.startsAt.toISOString()).toBe(tuesdayNoon);
    expect(await appointmentsOf(other.id)).toHaveLength(1);
  });

  test("an expired key is forgotten: it may name a new request", async () => {
    const { spa, request, appointmentsOf } = await arrange();
    const first = await bookAppointmentOnce(spa.clientActor, request, "expiring-key-0007", now);
    await db.idempotencyRecord.updateMany({ where: { userId: spa.client.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const second = await bookAppointmentOnce(spa.clientActor, { ...request, startsAt: tuesdayNoon }, "expiring-key-0007", now);
    expect(second.id).not.toBe(first.id);
    expect(await appointmentsOf()).toHaveLength(2);
  });

  test("a first request that died before answering is taken over after a minute, and books once", async () => {
    const { spa, request, appointmentsOf } = await arrange();
    // As if a server had claimed the key and then crashed before its booking committed.
    await db.$executeRaw`INSERT INTO idempotency_record (user_id, key, scope, fingerprint, claim_token, created_at, expires_at)
      VALUES (${spa.client.id}::uuid, 'abandoned-key-0008', 'booking', 'x', gen_random_uuid(), now() - interval '2 minutes', now() + interval '1 day')`;
    await db.idempotencyRecord.updateMany({ where: { userId: spa.client.id }, data: { fingerprint: fingerprintOf(request) } });
    const booked = await bookAppointmentOnce(spa.clientActor, request, "abandoned-key-0008", now);
    expect((await appointmentsOf()).map((row) => row.id)).toEqual([booked.id]);
  });

  test("staff cannot book this way, and leave no record", async () => {
    const { spa, request } = await arrange();
    const error = await bookAppointmentOnce(asActor(spa.staff[0]!.user), request, "staff-key-0009", now).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "FORBIDDEN" });
    expect(await db.idempotencyRecord.count({ where: { key: "staff-key-0009" } })).toBe(0);
  });
});
