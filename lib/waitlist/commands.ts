import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { assertCan } from "@/lib/auth/assert-can";
import { can, type Actor } from "@/lib/auth/policy";
import { clientScope } from "@/lib/auth/scope";
import { findBookableService, type BookableService } from "@/lib/booking/load-schedule";
import { db, type DbClient } from "@/lib/db/client";
import { addDays, daysBetween, getLocalDate } from "@/lib/dates/local-date";
import { AppError } from "@/lib/errors/app-error";
import { releaseHold } from "./holds";
import { nextPosition } from "./rules";
import {
  MAX_WINDOW_DAYS,
  type AddToWaitlistInput,
  type JoinWaitlistInput,
  type LeaveWaitlistInput,
  type MoveWaitlistEntryInput,
  type WaitlistPolicyInput,
} from "./schema";

/** A client waits for at most this many treatments at once. */
const MAX_ACTIVE_ENTRIES = 10;
const ACTIVE = ["WAITING", "OFFERED"] as ("WAITING" | "OFFERED")[];

/** The signed-in client joins the waitlist (from /book when nothing fits). */
export async function joinWaitlist(actor: Actor, input: JoinWaitlistInput, now = new Date()): Promise<{ id: string }> {
  assertCan(actor, "waitlist:join-own");
  return createEntry(actor, { ...input, clientId: actor.userId }, now);
}

/** The desk adds a client (phone, counter) to the waitlist; offers go by email, so the client needs one. */
export async function addClientToWaitlist(actor: Actor, input: AddToWaitlistInput, now = new Date()): Promise<{ id: string }> {
  assertCan(actor, "waitlist:manage");
  const client = await db.user.findFirst({ where: { id: input.clientId, ...clientScope(actor) }, select: { id: true, email: true } });
  if (!client)
    throw new AppError("NOT_FOUND", "That client was not found.", { fieldErrors: { clientId: ["Choose a client from the list."] } });
  if (!client.email) {
    throw new AppError("VALIDATION", "Waitlist offers go by email, and this client has none. Add their email address first.", {
      fieldErrors: { clientId: ["This client has no email address."] },
    });
  }
  return createEntry(actor, input, now);
}

async function createEntry(actor: Actor, input: AddToWaitlistInput, now: Date): Promise<{ id: string }> {
  const service = await findBookableService(db, input.serviceId);
  if (!service)
    throw new AppError("NOT_FOUND", "That treatment is not open for booking.", { fieldErrors: { serviceId: ["Choose a treatment."] } });
  await assertQualifiedStaff(service, input.staffId);
  assertWindow(service, input, now);
  return db.$transaction(async (tx) => {
    // One writer per location's queue at a time, so positions follow arrival.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`waitlist:${service.location.id}`}, 0))`;
    const active = await tx.waitlistEntry.findMany({
      where: { clientId: input.clientId, status: { in: ACTIVE } },
      select: { serviceId: true, staffId: true },
    });
    if (active.some((entry) => entry.serviceId === input.serviceId && entry.staffId === input.staffId)) {
      throw new AppError("CONFLICT", "You are already on the waitlist for this treatment. You can change it by leaving and joining again.");
    }
    if (active.length >= MAX_ACTIVE_ENTRIES) {
      throw new AppError("CONFLICT", `A client can wait for at most ${MAX_ACTIVE_ENTRIES} treatments at once. Leave one first.`);
    }
    const last = await tx.waitlistEntry.aggregate({ where: { locationId: service.location.id }, _max: { position: true } });
    const entry = await tx.waitlistEntry.create({
      data: {
        locationId: service.location.id,
        clientId: input.clientId,
        serviceId: service.id,
        staffId: input.staffId,
        fromDate: new Date(`${input.fromDate}T00:00:00Z`),
        toDate: new Date(`${input.toDate}T00:00:00Z`),
        weekdays: [...new Set(input.weekdays)].sort(),
        dayParts: [...new Set(input.dayParts)],
        position: nextPosition(last._max.position),
        createdById: actor.userId,
      },
      select: { id: true },
    });
    if (actor.role !== "CLIENT") {
      await recordAudit(tx, actor, {
        action: "waitlist.add",
        entityType: "waitlist_entry",
        entityId: entry.id,
        details: { clientId: input.clientId },
      });
    }
    return entry;
  });
}

async function assertQualifiedStaff(service: BookableService, staffId: string | null): Promise<void> {
  if (!staffId) return;
  const staff = await db.staffProfile.findFirst({
    where: { id: staffId, active: true, locationId: service.location.id, services: { some: { serviceId: service.id } } },
    select: { id: true },
  });
  if (!staff)
    throw new AppError("VALIDATION", "Choose an esthetician who offers this treatment.", {
      fieldErrors: { staffId: ["Choose an esthetician."] },
    });
}

function assertWindow(service: BookableService, input: { fromDate: string; toDate: string }, now: Date): void {
  const today = getLocalDate(now, service.location.timeZone);
  const lastDate = addDays(today, service.location.bookingPolicy?.maxAdvanceDays ?? 90);
  const fieldErrors: Record<string, string[]> = {};
  if (input.fromDate < today) fieldErrors.fromDate = ["Choose today or a later day."];
  if (input.toDate > lastDate) fieldErrors.toDate = [`We take bookings up to ${lastDate}; choose that day or an earlier one.`];
  else if (daysBetween(input.fromDate, input.toDate) >= MAX_WINDOW_DAYS)
    fieldErrors.toDate = [`Keep the window to ${MAX_WINDOW_DAYS} days or less.`];
  if (Object.keys(fieldErrors).length > 0) throw new AppError("VALIDATION", "Please check the dates.", { fieldErrors });
}

/**
 * A client leaves their own entry, or the desk removes one. A slot held for it is given up: if no
 * one else was offered the same hold, the hold is released and the time offered to the next entry.
 */
export async function leaveWaitlist(actor: Actor, input: LeaveWaitlistInput, now = new Date()): Promise<void> {
  const desk = can(actor, "waitlist:manage");
  if (!desk) assertCan(actor, "waitlist:join-own");
  const scope = desk ? {} : { clientId: actor.userId };
  await db.$transaction(async (tx) => {
    const entry = await tx.waitlistEntry.findFirst({ where: { id: input.entryId, ...scope }, select: { id: true, status: true } });
    if (!entry) throw new AppError("NOT_FOUND", "That waitlist entry was not found.");
    if (entry.status !== "WAITING" && entry.status !== "OFFERED") return;
    const pending = await tx.waitlistOffer.findMany({
      where: { entryId: entry.id, status: "PENDING" },
      select: { id: true, appointmentId: true },
    });
    await withdrawOffers(tx, pending, now);
    await tx.waitlistEntry.update({ where: { id: entry.id }, data: { status: "LEFT", endedAt: now } });
    if (desk) await recordAudit(tx, actor, { action: "waitlist.remove", entityType: "waitlist_entry", entityId: entry.id });
  });
}

/**
 * Ends every active entry of one client inside the caller's transaction (an erasure, docs/decisions/0029):
 * their pending offers are withdrawn, a hold nobody else was offered is released (its time goes
 * to the next entry), and the entries are LEFT. Returns how many entries ended.
 */
export async function endClientWaitlist(tx: DbClient, clientId: string, now: Date): Promise<number> {
  const entries = await tx.waitlistEntry.findMany({ where: { clientId, status: { in: ["WAITING", "OFFERED"] } }, select: { id: true } });
  const entryIds = entries.map((entry) => entry.id);
  const pending = await tx.waitlistOffer.findMany({
    where: { entryId: { in: entryIds }, status: "PENDING" },
    select: { id: true, appointmentId: true },
  });
  await withdrawOffers(tx, pending, now);
  await tx.waitlistEntry.updateMany({ where: { id: { in: entryIds } }, data: { status: "LEFT", endedAt: now } });
  return entryIds.length;
}

async function withdrawOffers(tx: DbClient, offers: { id: string; appointmentId: string | null }[], now: Date): Promise<void> {
  for (const offer of offers) {
    if (offer.appointmentId) await tx.$queryRaw`SELECT id FROM appointment WHERE id = ${offer.appointmentId}::uuid FOR UPDATE`;
    await tx.waitlistOffer.update({ where: { id: offer.id }, data: { status: "WITHDRAWN", resolvedAt: now } });
    if (!offer.appointmentId) continue;
    const others = await tx.waitlistOffer.count({ where: { appointmentId: offer.appointmentId, status: "PENDING" } });
    if (others === 0) await releaseHold(tx, { appointmentId: offer.appointmentId, outcome: "WITHDRAWN", now });
  }
}

/** The desk moves an entry one place up or down among the active entries for the same treatment. */
export async function moveWaitlistEntry(actor: Actor, input: MoveWaitlistEntryInput): Promise<void> {
  assertCan(actor, "waitlist:manage");
  await db.$transaction(async (tx) => {
    const entry = await tx.waitlistEntry.findFirst({
      where: { id: input.entryId, status: { in: ACTIVE } },
      select: { id: true, locationId: true, serviceId: true, position: true },
    });
    if (!entry) throw new AppError("NOT_FOUND", "That waitlist entry was not found.");
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`waitlist:${entry.locationId}`}, 0))`;
    const current = await tx.waitlistEntry.findUniqueOrThrow({ where: { id: entry.id }, select: { position: true } });
    const up = input.direction === "up";
    const neighbour = await tx.waitlistEntry.findFirst({
      where: {
        locationId: entry.locationId,
        serviceId: entry.serviceId,
        status: { in: ACTIVE },
        position: up ? { lt: current.position } : { gt: current.position },
      },
      orderBy: { position: up ? "desc" : "asc" },
      select: { id: true, position: true },
    });
    if (!neighbour) return;
    await tx.waitlistEntry.update({ where: { id: entry.id }, data: { position: neighbour.position } });
    await tx.waitlistEntry.update({ where: { id: neighbour.id }, data: { position: current.position } });
    await recordAudit(tx, actor, {
      action: "waitlist.reorder",
      entityType: "waitlist_entry",
      entityId: entry.id,
      details: { direction: input.direction, swappedWith: neighbour.id },
    });
  });
}

/** The admin's waitlist settings: one at a time or the next N at once, and how long a hold lasts. */
export async function updateWaitlistPolicy(actor: Actor, input: WaitlistPolicyInput): Promise<void> {
  assertCan(actor, "waitlist:manage-policy");
  await db.$transaction(async (tx) => {
    const policy = await tx.bookingPolicy.findFirst({ select: { id: true, locationId: true } });
    if (!policy) throw new AppError("NOT_FOUND", "The spa has no booking policy yet.");
    await tx.bookingPolicy.update({ where: { id: policy.id }, data: input });
    await recordAudit(tx, actor, { action: "waitlist.policy", entityType: "location", entityId: policy.locationId, details: { ...input } });
  });
}
