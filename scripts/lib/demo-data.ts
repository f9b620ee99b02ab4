import { createDb } from "@/lib/db/client";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { seedDemoSpa } from "@/prisma/seed/demo-spa";
import type { SignIn } from "./messages";

/**
 * Seeds the demo spa into an empty database (when asked) and returns the demo sign-ins that
 * work right now: all of them after seeding, otherwise those demo users that still exist.
 */
export async function prepareDemoData(url: string, seed: boolean): Promise<{ created: boolean; signIns: SignIn[] }> {
  const db = createDb(url);
  try {
    if (seed) {
      const result = await seedDemoSpa(db);
      if (result.created) return result;
    }
    const users = await db.user.findMany({
      where: { email: { in: DEMO_ACCOUNTS.map((account) => account.email) } },
      select: { email: true, role: true },
    });
    const present = new Set(users.map((user) => `${user.role} ${user.email}`));
    const signIns = DEMO_ACCOUNTS.filter((account) => present.has(`${account.role} ${account.email}`)).map(({ role, email, password }) => ({
      role,
      email,
      password,
    }));
    return { created: false, signIns };
  } finally {
    await db.$disconnect();
  }
}
