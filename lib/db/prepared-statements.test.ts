import { describe, expect, test } from "vitest";
import { preparedStatementsFromEnv, statementNamer } from "./prepared-statements";

describe("preparedStatementsFromEnv: on unless PgBouncer may share the connections", () => {
  const pgBouncer = { DATABASE_DIRECT_URL: "postgresql://db:5432/glowbook" };
  test.each([
    ["nothing set: the app talks to PostgreSQL", {}, true],
    ["DATABASE_DIRECT_URL set: DATABASE_URL is PgBouncer", pgBouncer, false],
    ["a blank DATABASE_DIRECT_URL is not set", { DATABASE_DIRECT_URL: "" }, true],
    ["off", { DATABASE_PREPARED_STATEMENTS: "off" }, false],
    ["on behind PgBouncer 1.21+ with max_prepared_statements", { ...pgBouncer, DATABASE_PREPARED_STATEMENTS: "on" }, true],
    ["OFF, spaced and in capitals", { DATABASE_PREPARED_STATEMENTS: " OFF " }, false],
    ["false, as other settings are written", { DATABASE_PREPARED_STATEMENTS: "false" }, false],
    ["0", { DATABASE_PREPARED_STATEMENTS: "0" }, false],
    ["yes behind PgBouncer", { ...pgBouncer, DATABASE_PREPARED_STATEMENTS: "yes" }, true],
    ["an unknown value falls back to the rule (PgBouncer: off)", { ...pgBouncer, DATABASE_PREPARED_STATEMENTS: "maybe" }, false],
    ["an unknown value falls back to the rule (no PgBouncer: on)", { DATABASE_PREPARED_STATEMENTS: "maybe" }, true],
  ])("%s", (_case, env, expected) => {
    expect(preparedStatementsFromEnv(env)).toBe(expected);
  });
});

describe("statementNamer", () => {
  test("one name per SQL text, the same in every process (it is derived from the text)", () => {
    const name = statementNamer();
    const a = name({ sql: "SELECT 1" });
    expect(name({ sql: "SELECT 1" })).toBe(a);
    expect(statementNamer()({ sql: "SELECT 1" })).toBe(a);
    expect(name({ sql: "SELECT 2" })).not.toBe(a);
    expect(name({ sql: "SELECT 1 " })).not.toBe(a);
  });

  test("names are valid PostgreSQL identifiers (at most 63 bytes, no quoting needed)", () => {
    const name = statementNamer();
    for (const sql of ["SELECT 1", "x".repeat(100_000), "SELECT 'ü' AS \"é\""]) {
      expect(name({ sql })).toMatch(/^gb_[0-9a-f]{40}$/);
    }
  });

  test("past the limit, new texts go unnamed (prepared by nobody) and the process says so once; known ones keep their names", () => {
    const warnings: string[] = [];
    const name = statementNamer(2, (message) => warnings.push(message));
    const first = name({ sql: "SELECT 1" });
    name({ sql: "SELECT 2" });
    expect(name({ sql: "SELECT 3" })).toBe("");
    expect(name({ sql: "SELECT 4" })).toBe("");
    expect(name({ sql: "SELECT 1" })).toBe(first);
    expect(warnings).toEqual(["2 distinct SQL statements are prepared; further ones are sent unprepared."]);
  });
});
