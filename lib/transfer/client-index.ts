import type { CountryCode } from "libphonenumber-js/max";
import type { DbClient } from "@/lib/db/client";
import { normalisePhone } from "./client-row";

export type ClientMatch = { id: string; by: "email" | "phone" };

/**
 * Every current client by email and by phone in E.164 (numbers stored in any format are read in
 * the spa's country), held in memory for one import: 50,000 clients are a few megabytes, and one
 * read beats a query per row. Clients the import creates are added as it goes.
 */
export class ClientIndex {
  private readonly byEmail = new Map<string, string>();
  private readonly byPhone = new Map<string, string>();

  static async load(client: DbClient, country: CountryCode): Promise<ClientIndex> {
    const index = new ClientIndex();
    let cursor: string | undefined;
    for (;;) {
      const page = await client.user.findMany({
        where: { role: "CLIENT", mergedIntoId: null, ...(cursor ? { id: { gt: cursor } } : {}) },
        select: { id: true, email: true, phone: true },
        orderBy: { id: "asc" },
        take: 5_000,
      });
      for (const row of page) index.add(row.id, row.email, row.phone ? normalisePhone(row.phone, country) : null);
      if (page.length < 5_000) return index;
      cursor = page.at(-1)!.id;
    }
  }

  add(id: string, email: string | null, phone: string | null): void {
    if (email && !this.byEmail.has(email)) this.byEmail.set(email, id);
    if (phone && !this.byPhone.has(phone)) this.byPhone.set(phone, id);
  }

  /** The same email first; else the same phone number. */
  match(email: string | null, phone: string | null): ClientMatch | null {
    const byEmail = email ? this.byEmail.get(email) : undefined;
    if (byEmail) return { id: byEmail, by: "email" };
    const byPhone = phone ? this.byPhone.get(phone) : undefined;
    return byPhone ? { id: byPhone, by: "phone" } : null;
  }
}
