import { describe, expect, test, vi } from "vitest";
import { createOutageLog, isDatabaseUnavailable, quietDatabaseOutages } from "./unavailable";

// The shapes below were observed with Prisma 7 + @prisma/adapter-pg and node-postgres against a killed PostgreSQL.
const adapterError = (cause: object, code = "P2010") => ({
  name: "PrismaClientKnownRequestError",
  code,
  meta: { driverAdapterError: { cause } },
});

describe("isDatabaseUnavailable", () => {
  test.each([
    ["Prisma: server not reachable (raw query)", adapterError({ kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 })],
    ["Prisma: P1001", adapterError({ kind: "DatabaseNotReachable" }, "P1001")],
    ["Prisma: connection closed", adapterError({ kind: "ConnectionClosed" })],
    ["Prisma: pool timeout P2024", { code: "P2024", message: "Timed out fetching a new connection" }],
    ["Prisma: initialisation", { name: "PrismaClientInitializationError", message: "Can't reach database server" }],
    ["Prisma: the server is shutting down (57P01)", adapterError({ kind: "postgres", originalCode: "57P01" })],
    ["pg: refused", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })],
    ["pg: terminated", new Error("Connection terminated unexpectedly")],
    ["pg: crash shutdown", Object.assign(new Error("terminating connection due to unexpected postmaster exit"), { code: "57P02" })],
    ["pg: starting up", Object.assign(new Error("the database system is starting up"), { code: "57P03" })],
    ["wrapped as a cause", new Error("query failed", { cause: Object.assign(new Error("refused"), { code: "ECONNREFUSED" }) })],
  ])("%s → yes", (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  test.each([
    ["a unique violation", adapterError({ kind: "UniqueConstraintViolation" }, "P2002")],
    ["an exclusion violation", adapterError({ kind: "postgres", originalCode: "23P01" })],
    ["a syntax error", Object.assign(new Error("syntax error"), { code: "42601" })],
    ["a plain error", new Error("boom")],
    ["nothing", undefined],
  ])("%s → no", (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

describe("createOutageLog", () => {
  test("one line when an outage starts and one when it ends, however many failures between", () => {
    let clock = 0;
    const lines: string[] = [];
    const outage = createOutageLog({ subject: "The database", log: (line) => lines.push(line), now: () => clock });
    for (let i = 0; i < 50; i++) {
      outage.report(new Error("connect ECONNREFUSED 127.0.0.1:5432"));
      clock += 200;
    }
    expect(outage.inOutage).toBe(true);
    outage.recovered();
    outage.recovered();
    expect(lines).toEqual([
      "The database is unreachable (connect ECONNREFUSED 127.0.0.1:5432); retrying until it returns.",
      "The database is reachable again (50 failures over about 10 s).",
    ]);
  });

  test("without a success, a failure after a quiet spell starts a new outage", () => {
    let clock = 0;
    const lines: string[] = [];
    const outage = createOutageLog({ subject: "The database", log: (line) => lines.push(line), now: () => clock, quietMs: 1000 });
    outage.report(new Error("a"));
    clock = 500;
    outage.report(new Error("b"));
    clock = 5000;
    expect(outage.inOutage).toBe(false);
    outage.report(new Error("c"));
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain("(c)");
  });
});

describe("quietDatabaseOutages", () => {
  test("an outage error printed by the framework becomes the outage line; other errors print as before", () => {
    const printed: unknown[][] = [];
    const target = { error: (...args: unknown[]) => printed.push(args) };
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    quietDatabaseOutages(target);
    target.error("⨯", Object.assign(new Error("the database system is starting up"), { code: "57P03" }));
    target.error("⨯", Object.assign(new Error("the database system is starting up"), { code: "57P03" }));
    target.error("⨯", new Error("a bug"));
    expect(printed).toHaveLength(1);
    expect(String(printed[0]![1])).toContain("a bug");
    expect(warn.mock.calls.length).toBeLessThanOrEqual(1);
    warn.mockRestore();
  });
});
