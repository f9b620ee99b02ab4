import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/client";
import { addYears, getLocalDate, localDateToUtcMidnight } from "@/lib/dates/local-date";
import { DEMO_ACCOUNTS, DEMO_EXTRA_STAFF, type DemoAccount } from "./demo-accounts";
import { DEMO_HOURS, DEMO_RESOURCES, DEMO_SERVICES, DEMO_SKILLS } from "./demo-catalog";
import { DEMO_CLIENTS } from "./demo-clients";
import { seedDemoHistory } from "./demo-history";
import { seedDemoProducts } from "./demo-products";
import { toWeeklyHours } from "@/lib/scheduling/from-rows";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
export type SeedResult = { created: boolean; signIns: { role: string; email: string; password: string }[] };

const STAFF_BIOS: Record<string, string> = {
  "ava@glowbook.test": "Licensed esthetician for nine years; loves congested and acne-prone skin.",
  "noah@glowbook.test": "Specialises in peels and sensitive skin; evening appointments.",
  "priya@glowbook.test": "Hydration and LED specialist; weekend appointments.",
};

/**
 * Seeds the demo spa once. Idempotent: if any location exists the database is left alone,
 * so a second `npm start` keeps whatever the demo users changed.
 */
export async function seedDemoSpa(db: Db, options: { now?: Date } = {}): Promise<SeedResult> {
  const now = options.now ?? new Date();
  if ((await db.location.count()) > 0) return { created: false, signIns: [] };
  const accounts = [...DEMO_ACCOUNTS, ...DEMO_EXTRA_STAFF];
  // Hash outside the transaction: argon2id is deliberately slow.
  const hashes = new Map(await Promise.all(accounts.map(async (a) => [a.email, await hashPassword(a.password)] as const)));

  await db.$transaction(
    async (tx) => {
      const location = await tx.location.create({
        data: {
          name: "Glowbook Demo Spa",
          address: "120 Hudson Street, New York, NY 10013",
          timeZone: "America/New_York",
          phone: "+1 212 555 0148",
          email: "hello@glowbook.test",
          bookingPolicy: {
            create: { slotIntervalMinutes: 15, minNoticeMinutes: 120, maxAdvanceDays: 90, cancellationWindowHours: 24 },
          },
        },
      });
      const serviceIds = await createServices(tx, location.id);
      await tx.resource.createMany({ data: DEMO_RESOURCES.map((r) => ({ ...r, locationId: location.id })) });
      await seedDemoProducts(tx);
      for (const account of accounts) {
        await createAccount(tx, { account, passwordHash: hashes.get(account.email)!, location, serviceIds, now });
      }
      await seedHistory(tx, { now, location });
      // A few hundred rows in one transaction: all of the demo or none of it.
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  return { created: true, signIns: DEMO_ACCOUNTS.map(({ role, email, password }) => ({ role, email, password })) };
}

async function createServices(tx: Tx, locationId: string): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const [index, { resources, ...service }] of DEMO_SERVICES.entries()) {
    const created = await tx.service.create({
      data: { ...service, locationId, sortOrder: index, resourceRequirements: { create: resources } },
    });
    ids.set(service.slug, created.id);
  }
  return ids;
}

async function createAccount(
  tx: Tx,
  options: {
    account: DemoAccount;
    passwordHash: string;
    location: { id: string; timeZone: string };
    serviceIds: Map<string, string>;
    now: Date;
  },
): Promise<void> {
  const { account, passwordHash, location, serviceIds } = options;
  const user = await tx.user.create({
    data: { email: account.email, name: account.name, role: account.role, passwordHash, phone: "+1 212 555 0199" },
  });
  if (account.role !== "ESTHETICIAN") return;
  const skills = DEMO_SKILLS[account.email] ?? "ALL";
  const slugs = skills === "ALL" ? [...serviceIds.keys()] : skills;
  const hours = DEMO_HOURS[account.email] ?? {};
  await tx.staffProfile.create({
    data: {
      userId: user.id,
      locationId: location.id,
      displayName: account.name,
      // The demo's estheticians have worked at the spa for a year, so its reports have history.
      startDate: new Date(localDateToUtcMidnight(addYears(getLocalDate(options.now, location.timeZone), -1))),
      bio: STAFF_BIOS[account.email] ?? "",
      services: { create: slugs.map((slug) => ({ serviceId: serviceIds.get(slug)! })) },
      workingHours: {
        create: Object.entries(hours).flatMap(([weekday, ranges]) =>
          ranges.map(([startMinute, endMinute]) => ({ weekday: Number(weekday), startMinute, endMinute })),
        ),
      },
    },
  });
}

/** The demo clients (as the desk makes them) and a lived-in fortnight either side of `now`. */
async function seedHistory(tx: Tx, options: { now: Date; location: { id: string; timeZone: string } }): Promise<void> {
  const clients = [];
  for (const demo of DEMO_CLIENTS) {
    const user = await tx.user.create({
      data: { name: demo.name, email: demo.email, phone: demo.phone, role: "CLIENT", passwordHash: null },
    });
    clients.push({ id: user.id, demo });
  }
  const staff = await tx.staffProfile.findMany({
    where: { locationId: options.location.id },
    orderBy: { displayName: "asc" },
    select: {
      id: true,
      userId: true,
      displayName: true,
      workingHours: { select: { weekday: true, startMinute: true, endMinute: true } },
      services: { select: { service: { select: { slug: true } } } },
    },
  });
  const services = await tx.service.findMany({ where: { locationId: options.location.id }, include: { resourceRequirements: true } });
  const resources = await tx.resource.findMany({ where: { locationId: options.location.id }, select: { id: true, kind: true } });
  const frontDesk = await tx.user.findFirstOrThrow({ where: { role: "FRONT_DESK" }, select: { id: true } });
  await seedDemoHistory(tx, {
    now: options.now,
    location: options.location,
    staff: staff.map((member) => ({
      id: member.id,
      userId: member.userId,
      name: member.displayName,
      hours: toWeeklyHours(member.workingHours),
      serviceSlugs: member.services.map((s) => s.service.slug),
    })),
    services: new Map(
      services.map((service) => [
        service.slug,
        { ...service, resources: service.resourceRequirements.map(({ kind, quantity }) => ({ kind, quantity })) },
      ]),
    ),
    resources,
    clients,
    frontDesk: { userId: frontDesk.id },
  });
}
