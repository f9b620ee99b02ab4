import "server-only";
import { cache } from "react";
import { db, type DbClient } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

/** The spa as pages, messages and rules need it: who it is, how to reach it, and its zone. */
export type SpaLocation = { id: string; name: string; address: string; phone: string; email: string; timeZone: string };

export const spaLocationSelect = { id: true, name: true, address: true, phone: true, email: true, timeZone: true } as const;

/**
 * The spa's location, or null before the spa is set up. Glowbook serves one location per
 * installation today: the first one created. Every lookup of "the spa" goes through here, so that
 * serving several means changing this function (taking the location from the request, the staff
 * profile or the appointment) rather than hunting for copies (docs/decisions/0012).
 */
export async function findSpaLocation(client: DbClient = db): Promise<SpaLocation | null> {
  return client.location.findFirst({ orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: spaLocationSelect });
}

/**
 * findSpaLocation for code that cannot work without a spa: NOT_FOUND before it is set up. Without
 * a client it is getSpaLocation's read, shared with the layout in a page render; a transaction
 * passes itself to read in its own snapshot.
 */
export async function requireSpaLocation(client?: DbClient): Promise<SpaLocation> {
  const location = client ? await findSpaLocation(client) : await getSpaLocation();
  if (!location) throw new AppError("NOT_FOUND", "The spa has not been set up yet.");
  return location;
}

/** The spa for a page render: read once per request however many components ask. */
export const getSpaLocation = cache(() => findSpaLocation());
