import "server-only";
import { sendSetPasswordLink } from "@/lib/account/client-accounts";
import { recordAudit } from "@/lib/audit/record";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { db, sql } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { isUuid } from "@/lib/ids/uuid";

/** How many invitations leave per minute, so a big import does not look like a spam run to mail providers. */
export const INVITATIONS_PER_MINUTE = 60;
/** How many one press of the button sends (the rest wait for the next press). */
export const INVITATIONS_PER_BATCH = 2_000;
const PER_TRANSACTION = 100;

/**
 * The clients an import created who can be invited: an email, no password yet, not merged, and no
 * set-password link issued before (by the desk or an earlier invitation).
 */
const invitable = (importId: string) => sql`
  FROM import_row r JOIN app_user u ON u.id = r.entity_id
  WHERE r.import_id = ${importId}::uuid AND r.outcome = 'CREATED' AND u.email IS NOT NULL AND u.password_hash IS NULL AND u.merged_into_id IS NULL
    AND NOT EXISTS (SELECT 1 FROM password_token t WHERE t.user_id = u.id)`;

export async function countInvitable(actor: Actor, importId: string): Promise<number> {
  assertCan(actor, "admin:import-data");
  if (!isUuid(importId)) return 0;
  const [row] = await db.$queryRaw<{ count: bigint }[]>(sql`SELECT count(*) AS count ${invitable(importId)}`);
  return Number(row?.count ?? 0);
}

/**
 * Sends the imported clients a single-use set-password link each, through the outbox: up to
 * INVITATIONS_PER_BATCH per call, queued INVITATIONS_PER_MINUTE a minute after any invitations
 * already waiting (each link lasts its full week from when it goes). Clients left out can always
 * use "forgot password" later.
 */
export async function inviteImportedClients(
  actor: Actor,
  input: { importId: string },
  now = new Date(),
): Promise<{ queued: number; remaining: number }> {
  assertCan(actor, "admin:import-data");
  const file = isUuid(input.importId)
    ? await db.importFile.findUnique({ where: { id: input.importId }, select: { id: true, kind: true, state: true } })
    : null;
  if (!file || file.kind !== "CLIENTS") throw new AppError("NOT_FOUND", "That import was not found.");
  if (file.state !== "DONE") throw new AppError("CONFLICT", "Invite clients once the import has finished.");
  const clients = await db.$queryRaw<{ id: string }[]>(
    sql`SELECT u.id ${invitable(file.id)} ORDER BY r.row_number LIMIT ${INVITATIONS_PER_BATCH}`,
  );
  const [latest] = await db.$queryRaw<{ at: Date | null }[]>`
    SELECT max(send_after) AS at FROM email_message WHERE template = 'ACCOUNT_INVITATION' AND state = 'QUEUED'`;
  const start = latest?.at && latest.at > now ? latest.at : now;
  for (let from = 0; from < clients.length; from += PER_TRANSACTION) {
    await db.$transaction(async (tx) => {
      for (const [offset, client] of clients.slice(from, from + PER_TRANSACTION).entries()) {
        const position = from + offset + 1; // spaced evenly after the last invitation already waiting
        const sendAfter = new Date(start.getTime() + Math.floor((position * 60_000) / INVITATIONS_PER_MINUTE));
        await sendSetPasswordLink(tx, actor, { clientId: client.id, now, sendAfter });
      }
    });
  }
  await db.$transaction(async (tx) => {
    await tx.importFile.update({ where: { id: file.id }, data: { invitationsSentAt: now } });
    await recordAudit(tx, actor, {
      action: "import.invite",
      entityType: "import_file",
      entityId: file.id,
      details: { queued: clients.length },
    });
  });
  return { queued: clients.length, remaining: await countInvitable(actor, file.id) };
}
