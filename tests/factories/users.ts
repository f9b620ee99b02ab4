import { randomUUID } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/policy";
import { db as sharedDb, type Db } from "@/lib/db/client";

export type CreatedUser = {
  user: { id: string; email: string; name: string; phone: string | null; role: Role };
  /** The plain password, to sign in with. */
  password: string;
};

/**
 * A user with a real argon2id hash (the same function sign-up uses), so tests can sign in as
 * them. Every call makes a fresh, unique email unless one is given.
 */
export async function createUser(
  options: { role?: Role; email?: string; password?: string; name?: string; phone?: string | null } = {},
  database: Db = sharedDb,
): Promise<CreatedUser> {
  const role = options.role ?? "CLIENT";
  const suffix = randomUUID().slice(0, 8);
  const password = options.password ?? `test-password-${randomUUID()}`;
  const user = await database.user.create({
    data: {
      email: (options.email ?? `${role.toLowerCase()}-${suffix}@example.test`).trim().toLowerCase(),
      name: options.name ?? `Test ${role.charAt(0)}${role.slice(1).toLowerCase()} ${suffix}`,
      phone: options.phone === undefined ? "+1 555 010 0100" : options.phone,
      role,
      passwordHash: await hashPassword(password),
    },
    select: { id: true, email: true, name: true, phone: true, role: true },
  });
  return { user: { ...user, email: user.email ?? "" }, password };
}
