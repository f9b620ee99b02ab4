import { describe, expect, test, vi } from "vitest";
import { AppError } from "./app-error";
import { toActionResult } from "./to-action-result";

const prismaError = (originalCode: string) => ({ code: "P2010", meta: { driverAdapterError: { cause: { originalCode } } } });

describe("toActionResult", () => {
  test.each([
    ["a lost booking race (23P01)", prismaError("23P01"), "CONFLICT"],
    ["a unique violation (23505)", { code: "23505" }, "CONFLICT"],
    ["a write to a signed, locked record (55000)", prismaError("55000"), "CONFLICT"],
  ])("maps %s to %s without internals", (_label, error, code) => {
    const result = toActionResult(error);
    expect(result.code).toBe(code);
    expect(result.message).not.toMatch(/P20|23P01|55000/);
  });

  test.each([
    [
      "Prisma could not start a transaction in time (P2028)",
      { code: "P2028", message: "Transaction API error: Unable to start a transaction in the given time." },
    ],
    ["pg's pool had no free connection in time", new Error("timeout exceeded when trying to connect")],
    ["a lock timeout (55P03)", prismaError("55P03")],
    ["a statement timeout (57014)", prismaError("57014")],
    ["a deadlock (40P01)", prismaError("40P01")],
  ])("contention: %s is UNAVAILABLE (503 with Retry-After), never INTERNAL", (_label, error) => {
    const result = toActionResult(error);
    expect(result).toMatchObject({ code: "UNAVAILABLE", data: { reason: "BUSY" } });
    expect(result.message).not.toMatch(/P2028|timeout|55P03/);
  });

  test("keeps an AppError's own message and field errors", () => {
    const result = toActionResult(new AppError("VALIDATION", "Check the date.", { fieldErrors: { date: ["Too early"] } }));
    expect(result).toEqual({ ok: false, code: "VALIDATION", message: "Check the date.", fieldErrors: { date: ["Too early"] } });
  });

  test("an unreachable database is UNAVAILABLE, logged as one warning line per outage", () => {
    // The outage log is one per process (lib/errors/unavailable.ts); start from no outage, as a
    // server does, whatever another test file in this worker reported before.
    delete (globalThis as { glowbookDatabaseOutage?: unknown }).glowbookDatabaseOutage;
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const refused = Object.assign(new Error("connect ECONNREFUSED 10.0.0.3:5432"), { code: "ECONNREFUSED" });
    const results = [toActionResult(refused), toActionResult(refused), toActionResult(refused)];
    expect(results.map((result) => result.code)).toEqual(["UNAVAILABLE", "UNAVAILABLE", "UNAVAILABLE"]);
    expect(results[0]!.message).not.toContain("10.0.0.3");
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  test("an unknown error is logged with a reference and shown generically", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const result = toActionResult(new Error("connection refused at 10.0.0.3:5432"));
    expect(result.code).toBe("INTERNAL");
    expect(result.message).not.toContain("10.0.0.3");
    expect(result.message).toMatch(/reference [0-9a-f]{8}/);
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
  });
});
