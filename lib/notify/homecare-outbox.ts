import type { DbClient } from "@/lib/db/client";
import { loadHomecareMail } from "./homecare-mail";
import { renderHomecareEmail } from "./homecare-templates";
import { nudgeSendAfter } from "./nudge-schedule";

const REPLACED_REASON = "Replaced by a new nudge (the plan was published again).";

/**
 * Records the messages publishing a homecare plan causes. Call it INSIDE the publish transaction,
 * after the plan is PUBLISHED (outbox: they commit or roll back with it). Both are filed under the
 * plan's visit (one plan per visit), which is how a repeat is recognised:
 * - "homecare plan published", QUEUED now, only the first time: publishing again after an edit
 *   sends nothing new. It is service information the client came for (like a confirmation), so it
 *   always goes: the nudges opt-out does not apply. It links to the plan and holds none of it;
 * - the rebooking nudge, SCHEDULED for 10:00 in the spa's zone on the day the suggested window
 *   opens, re-checked when it fires (lib/notify/nudge.ts). A pending one is replaced (the window
 *   may have been edited); one that already went is not repeated.
 */
export async function notifyHomecarePublished(tx: DbClient, event: { planId: string }, now = new Date()): Promise<void> {
  const mail = await loadHomecareMail(tx, { planId: event.planId });
  if (!mail) throw new Error(`notifyHomecarePublished: plan ${event.planId} not found in this transaction`);
  if (mail.state !== "PUBLISHED") throw new Error(`notifyHomecarePublished: plan ${event.planId} is not published`);
  const common = { toAddress: mail.to, fromAddress: mail.from, appointmentId: mail.appointmentId, appointmentStartsAt: mail.data.visitStartsAt };
  const where = { appointmentId: mail.appointmentId };

  const announced = await tx.emailMessage.count({ where: { ...where, template: "HOMECARE_PUBLISHED" } });
  if (announced === 0) {
    const published = renderHomecareEmail("HOMECARE_PUBLISHED", mail.data);
    await tx.emailMessage.create({ data: { ...common, ...published, template: "HOMECARE_PUBLISHED", state: "QUEUED", sendAfter: now } });
  }

  await tx.emailMessage.updateMany({
    where: { ...where, template: "HOMECARE_NUDGE", state: "SCHEDULED" },
    data: { state: "CANCELLED", lastError: REPLACED_REASON },
  });
  const nudged = await tx.emailMessage.count({ where: { ...where, template: "HOMECARE_NUDGE", state: { not: "CANCELLED" } } });
  if (nudged > 0 || !mail.data.nextVisit) return;
  const sendAfter = nudgeSendAfter(mail.data.nextVisit, mail.data.location.timeZone, now);
  if (!sendAfter) return;
  // Rendered now so the log shows what is planned; rendered again (and re-checked) when it fires.
  const nudge = renderHomecareEmail("HOMECARE_NUDGE", mail.data);
  await tx.emailMessage.create({ data: { ...common, ...nudge, template: "HOMECARE_NUDGE", state: "SCHEDULED", sendAfter } });
}
