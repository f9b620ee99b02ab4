import { describe, expect, test } from "vitest";
import { describeMigrations, formatSeconds, formatSignIns, portInUseMessage } from "./messages";

describe("portInUseMessage", () => {
  test.each([
    [3000, false, "Port 3000 is in use; stop what uses it or run PORT=3001 npm start"],
    [3000, true, "Port 3000 is in use; stop what uses it or run PORT=3001 npm run dev"],
    [65535, false, "Port 65535 is in use; stop what uses it or run PORT=3001 npm start"],
  ])("port %i, dev %s", (port, dev, expected) => {
    expect(portInUseMessage(port, dev)).toBe(expected);
  });
});

describe("describeMigrations", () => {
  test.each([
    [{ applied: [], alreadyApplied: 4 }, "Database schema is up to date (4 migrations)."],
    [{ applied: ["20261126000000_foundation"], alreadyApplied: 0 }, "Applied 1 migration: 20261126000000_foundation."],
    [{ applied: ["a", "b"], alreadyApplied: 1 }, "Applied 2 migrations: a, b."],
  ])("%j", (result, expected) => {
    expect(describeMigrations(result)).toBe(expected);
  });
});

describe("formatSignIns", () => {
  test("an aligned table with readable roles", () => {
    expect(
      formatSignIns([
        { role: "ADMIN", email: "admin@glowbook.test", password: "pw-admin" },
        { role: "ESTHETICIAN", email: "ava@glowbook.test", password: "pw-staff" },
      ]),
    ).toEqual([
      "Demo sign-ins (demo data only; anyone who reads this can use them):",
      "  Admin        admin@glowbook.test  pw-admin",
      "  Esthetician  ava@glowbook.test    pw-staff",
    ]);
  });

  test("nothing at all when no demo user is left", () => {
    expect(formatSignIns([])).toEqual([]);
  });
});

describe("formatSeconds", () => {
  test.each([
    [140, "0.1 s"],
    [1_549, "1.5 s"],
    [9_949, "9.9 s"],
    [14_400, "14 s"],
    [75_600, "76 s"],
  ])("%i ms → %s", (ms, expected) => {
    expect(formatSeconds(ms)).toBe(expected);
  });
});
