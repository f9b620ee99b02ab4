import { expect, test } from "vitest";
import { db } from "@/lib/db/client";

test("the worker database is migrated and reachable through the shared client", async () => {
  const location = await db.location.create({
    data: { name: "Smoke", address: "1 Test St", timeZone: "UTC", phone: "+1 555 0100", email: "s@example.com" },
  });
  expect(location.id).toMatch(/^[0-9a-f-]{36}$/);
});
