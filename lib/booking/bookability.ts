import "server-only";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { getLocalDate, type LocalDate } from "@/lib/dates/local-date";
import type { IntakeRequirement } from "@/lib/intake/store";
import { assessBookingEligibility, judgeService, type BookingEligibility } from "./eligibility";
import { findBookableService } from "./load-schedule";

export interface Bookability {
  /** The spa's intake policy. */
  intakeRequiredAt: IntakeRequirement;
  /** The policy asks for a current intake before booking and there is none today: fill it in first. */
  intakeNeeded: "missing" | "expired" | null;
  eligibility: Omit<BookingEligibility, "avoid">;
  /** The first date the time picker offers: today, or the date the treatment is allowed again; null until cleared. */
  firstDate: LocalDate | null;
  /** Other treatments the client's intake allows today. */
  alternatives: { slug: string; name: string }[];
}

/**
 * Before the time step of /book, for a signed-in client: whether they can book this treatment
 * online at all (their intake judged today; a block only ever ends, so what is allowed from a date
 * stays allowed after it), from when, why not in plain words, and what they could book instead.
 * The booking command checks again for the exact date chosen.
 */
export async function getBookability(actor: Actor, serviceIdOrSlug: string, now = new Date()): Promise<Bookability | null> {
  assertCan(actor, "booking:book-own");
  const service = await findBookableService(db, serviceIdOrSlug);
  if (!service) return null;
  const today = getLocalDate(now, service.location.timeZone);
  const policy = service.location.intakePolicy;
  const eligibility = await assessBookingEligibility(actor.userId, service, today);
  const { avoid, ...judged } = eligibility;
  const intakeNeeded =
    policy.requiredAt === "AT_BOOKING" && service.requiresIntake && eligibility.intake !== "current" ? eligibility.intake : null;
  const firstDate = !eligibility.blocked ? today : eligibility.until === "cleared" ? null : eligibility.until;
  let alternatives: Bookability["alternatives"] = [];
  if (eligibility.blocked && avoid) {
    const others = await db.service.findMany({
      where: { active: true, locationId: service.location.id, id: { not: service.id } },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { slug: true, name: true, steps: true },
    });
    alternatives = others
      .filter((other) => !judgeService(avoid, { ...other, location: service.location }, today).blocked)
      .map(({ slug, name }) => ({ slug, name }));
  }
  return { intakeRequiredAt: policy.requiredAt, intakeNeeded, eligibility: judged, firstDate, alternatives };
}
