import { describe, expect, test } from "vitest";
import { GET } from "@/app/api/v1/availability/route";
import { addDays, getLocalDate } from "@/lib/dates/local-date";
import { createBookableSpa } from "../factories/booking-spa";

const wallClock = (iso: string) =>
  new Intl.DateTimeFormat("sv-SE", { timeZone: "America/New_York", dateStyle: "short", timeStyle: "short" }).format(new Date(iso));

const get = (query: string) => GET(new Request(`http://localhost/api/v1/availability?${query}`));

describe("GET /api/v1/availability", () => {
  test("answers with the zone and ISO instants for a service by slug", async () => {
    const spa = await createBookableSpa();
    // The route uses the real clock, so ask for days a week from now (inside the 90-day policy).
    const from = addDays(getLocalDate(new Date(), "America/New_York"), 7);
    const response = await get(`service=${spa.service.slug}&from=${from}&to=${addDays(from, 1)}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { timeZone: string; slots: { start: string; end: string; staffIds: string[] }[] };
    expect(body.timeZone).toBe("America/New_York");
    const first = body.slots[0]!;
    expect(first.start).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\.000Z$/);
    expect(wallClock(first.start)).toBe(`${from} 09:15`);
    expect(Date.parse(first.end) - Date.parse(first.start)).toBe(60 * 60_000);
    expect(first.staffIds).toEqual([spa.staff[0]!.profile.id]);
    expect(body.slots).toHaveLength(2 * 27);
  });

  test.each([
    ["a missing service", "from=2031-01-07&to=2031-01-08", "service"],
    ["a malformed date", "service=x&from=2031-1-7&to=2031-01-08", "from"],
    ["an impossible date", "service=x&from=2031-02-30&to=2031-03-01", "from"],
    ["to before from", "service=x&from=2031-01-08&to=2031-01-07", "to"],
    ["more than 62 days", "service=x&from=2031-01-01&to=2031-03-05", "to"],
    ["a staff id that is not an id", "service=x&from=2031-01-01&to=2031-01-02&staff=abc", "staff"],
  ])("refuses %s with a 400 naming the field", async (_label, query, field) => {
    const response = await get(query);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; fieldErrors: Record<string, string[]> } };
    expect(body.error.code).toBe("VALIDATION");
    expect(Object.keys(body.error.fieldErrors)).toContain(field);
  });

  test("62 days is allowed; an unknown service is a 404", async () => {
    const spa = await createBookableSpa();
    expect((await get(`service=${spa.service.id}&from=2031-01-01&to=2031-03-03`)).status).toBe(200);
    expect((await get(`service=${spa.service.id}&from=2031-01-01&to=2031-03-04`)).status).toBe(400);
    const missing = await get("service=no-such-facial&from=2031-01-01&to=2031-01-02");
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { message: string } }).error.message).toBe("That treatment is not open for booking.");
  });
});
