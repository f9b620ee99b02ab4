import "server-only";
import { isUuid } from "@/lib/ids/uuid";
import { assertCan } from "@/lib/auth/assert-can";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { rebookPath } from "./rebook";
import { planContentSchema } from "./schema";
import type { HomecarePlan } from "./types";

export interface OwnPlanSummary {
  id: string;
  publishedAt: Date;
  visitStartsAt: Date;
  timeZone: string;
  serviceName: string;
  staffName: string;
}

export interface OwnPlan extends OwnPlanSummary {
  content: HomecarePlan;
  /** /book?service=…&staff=…&date=<first day of the next-visit window>&until=<its last day> (lib/homecare/rebook.ts) */
  rebookHref: string;
  spa: { name: string; address: string; phone: string; email: string };
}

// The client's scope is in the where: their own id (never undefined: assertCan checked the actor)
// and PUBLISHED only, so a draft or another client's plan is simply not found.
function ownPublished(actor: Actor) {
  if (!actor.userId) throw new AppError("UNAUTHENTICATED", "Please sign in to continue.");
  return { clientId: actor.userId, state: "PUBLISHED" as const };
}

const summarySelect = {
  id: true,
  publishedAt: true,
  appointment: {
    select: {
      startsAt: true,
      service: { select: { name: true, slug: true } },
      staff: { select: { id: true, displayName: true } },
      location: { select: { name: true, address: true, phone: true, email: true, timeZone: true } },
    },
  },
} as const;

type SummaryRow = {
  id: string;
  publishedAt: Date | null;
  appointment: { startsAt: Date; service: { name: string }; staff: { displayName: string }; location: { timeZone: string } };
};

function toSummary(row: SummaryRow): OwnPlanSummary {
  return {
    id: row.id,
    publishedAt: row.publishedAt ?? new Date(0),
    visitStartsAt: row.appointment.startsAt,
    timeZone: row.appointment.location.timeZone,
    serviceName: row.appointment.service.name,
    staffName: row.appointment.staff.displayName,
  };
}

/** The signed-in client's published plans, newest first. Audited (health data). */
export async function listOwnPlans(actor: Actor): Promise<OwnPlanSummary[]> {
  assertCan(actor, "homecare:view-own");
  const rows = await db.homecarePlan.findMany({ where: ownPublished(actor), orderBy: { publishedAt: "desc" }, select: summarySelect });
  await recordAudit(db, actor, { action: "homecare.list", entityType: "client", entityId: actor.userId, details: { count: rows.length } });
  return rows.map(toSummary);
}

/** One of the client's own published plans, with the spa's details and the rebooking link. Audited. */
export async function getOwnPlan(actor: Actor, planId: string): Promise<OwnPlan> {
  assertCan(actor, "homecare:view-own");
  const row = isUuid(planId)
    ? await db.homecarePlan.findFirst({ where: { id: planId, ...ownPublished(actor) }, select: { ...summarySelect, content: true } })
    : null;
  if (!row) throw new AppError("NOT_FOUND", "That homecare plan was not found.");
  await recordAudit(db, actor, { action: "homecare.read", entityType: "homecare_plan", entityId: row.id });
  const content = planContentSchema.parse(row.content);
  const { service, staff, location } = row.appointment;
  return {
    ...toSummary(row),
    content,
    rebookHref: rebookPath({ serviceSlug: service.slug, staffId: staff.id }, content.nextVisit),
    spa: { name: location.name, address: location.address, phone: location.phone, email: location.email },
  };
}
