import type { DbClient } from "@/lib/db/client";
import { cancelPendingMessages, countMessages, queueMessage, scheduleMessage } from "@/lib/notify/outbox";
import { loadHomecareMail } from "./homecare-mail";
import { renderHomecareEmail } from "./templates";
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
 *   opens, re-checked when it falls due (./nudge.ts). A pending one is replaced (the window
 *   may have been edited); one that already went is not repeated.
 */
export async function notifyHomecarePublished(tx: DbClient, event: { planId: string }, now = new Date()): Promise<void> {
  const mail = await loadHomecareMail(tx, { planId: event.planId });
  if (!mail) throw new Error(`notifyHomecarePublished: plan ${event.planId} not found in this transaction`);
  if (mail.state !== "PUBLISHED") throw new Error(`notifyHomecarePublished: plan ${event.planId} is not published`);
  // A client without an email address reads the plan at the desk or after setting up an account.
  if (!mail.to) return;
  const common = {
    toAddress: mail.to,
    fromAddress: mail.from,
    appointmentId: mail.appointmentId,
    appointmentStartsAt: mail.data.visitStartsAt,
    clientId: mail.clientId,
  };
  const appointmentId = mail.appointmentId;

  if ((await countMessages(tx, { appointmentId, template: "HOMECARE_PUBLISHED" })) === 0) {
    await queueMessage(
      tx,
      { ...common, template: "HOMECARE_PUBLISHED", rendered: renderHomecareEmail("HOMECARE_PUBLISHED", mail.data) },
      now,
    );
  }

  await cancelPendingMessages(tx, { appointmentId, templates: ["HOMECARE_NUDGE"], states: ["SCHEDULED"], reason: REPLACED_REASON });
  const nudged = await countMessages(tx, { appointmentId, template: "HOMECARE_NUDGE", includeCancelled: false });
  if (nudged > 0 || !mail.data.nextVisit) return;
  const sendAfter = nudgeSendAfter(mail.data.nextVisit, mail.data.location.timeZone, now);
  if (!sendAfter) return;
  await scheduleMessage(
    tx,
    { ...common, template: "HOMECARE_NUDGE", rendered: renderHomecareEmail("HOMECARE_NUDGE", mail.data) },
    sendAfter,
  );
}
