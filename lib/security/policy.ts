import "server-only";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor, Role } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record";
import { db as sharedDb, type DbClient } from "@/lib/db/client";
import { findSpaLocation, requireSpaLocation } from "@/lib/location/queries";
import type { SecurityPolicyInput } from "./schema";

/** Whether the spa requires a second factor of every staff account (no row: not required). */
export async function isStaffTwoFactorRequired(client: DbClient = sharedDb): Promise<boolean> {
  const spa = await findSpaLocation(client);
  if (!spa) return false;
  const policy = await client.securityPolicy.findUnique({ where: { locationId: spa.id }, select: { requireStaffTwoFactor: true } });
  return policy?.requireStaffTwoFactor ?? false;
}

export type StaffTwoFactor = { userId: string; name: string; email: string; role: Role; totp: boolean; passkeys: number };

/** The settings page: the switch and who among the staff has a second factor already. */
export async function getSecurityPolicy(actor: Actor): Promise<{ requireStaffTwoFactor: boolean; staff: StaffTwoFactor[] }> {
  assertCan(actor, "admin:manage-security");
  const [requireStaffTwoFactor, users] = await Promise.all([
    isStaffTwoFactorRequired(),
    sharedDb.user.findMany({
      // Every role but the client's is staff, whatever roles are added later.
      where: { role: { not: "CLIENT" } },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: 500,
      select: {
        id: true,
        name: true,
        email: true,
        role: true,
        totpCredential: { select: { confirmedAt: true } },
        _count: { select: { passkeys: true } },
      },
    }),
  ]);
  return {
    requireStaffTwoFactor,
    staff: users.map((user) => ({
      userId: user.id,
      name: user.name,
      email: user.email ?? "",
      role: user.role,
      totp: !!user.totpCredential?.confirmedAt,
      passkeys: user._count.passkeys,
    })),
  };
}

/**
 * Turns the requirement on or off. On takes effect with each staff member's next request: a
 * session without a second step can then only set one up (lib/auth/session-rules.ts).
 */
export async function setSecurityPolicy(actor: Actor, input: SecurityPolicyInput): Promise<void> {
  assertCan(actor, "admin:manage-security");
  const spa = await requireSpaLocation();
  await sharedDb.$transaction(async (tx) => {
    const before = await tx.securityPolicy.findUnique({ where: { locationId: spa.id }, select: { requireStaffTwoFactor: true } });
    await tx.securityPolicy.upsert({
      where: { locationId: spa.id },
      create: { locationId: spa.id, requireStaffTwoFactor: input.requireStaffTwoFactor },
      update: { requireStaffTwoFactor: input.requireStaffTwoFactor },
    });
    await recordAudit(tx, actor, {
      action: "security-policy.update",
      entityType: "location",
      entityId: spa.id,
      details: { before: { requireStaffTwoFactor: before?.requireStaffTwoFactor ?? false }, after: input },
    });
  });
}
