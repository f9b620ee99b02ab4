import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

type Client = Pick<typeof db, "location">;

/** Glowbook runs one location per installation today: the oldest one (as lib/catalog does). */
export async function requireSpaLocation(client: Client = db) {
  const location = await client.location.findFirst({ orderBy: { createdAt: "asc" }, select: { id: true, timeZone: true } });
  if (!location) throw new AppError("NOT_FOUND", "The spa has not been set up yet.");
  return location;
}

/** Postgres refused a duplicate (P2002 from Prisma, or 23505 through the adapter). */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: unknown; meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } } | null;
  return e?.code === "P2002" || e?.meta?.driverAdapterError?.cause?.originalCode === "23505";
}
