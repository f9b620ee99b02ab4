import { createHash } from "node:crypto";

/**
 * How many distinct statements one client (`createDb`: the app's, the worker's) prepares
 * (docs/decisions/0044). Each is prepared once per pooled connection that runs it and then costs
 * about 25 kB in that PostgreSQL backend: at most 5 MB a connection, 50 MB for the default pool
 * of 10, even if every statement ran on every connection.
 */
export const PREPARED_STATEMENT_LIMIT = 200;

/**
 * Whether queries are sent as named (prepared) statements. DATABASE_PREPARED_STATEMENTS says so
 * ("on" or "off", or true/false, 1/0, yes/no). Unset, they are on unless DATABASE_DIRECT_URL is
 * set, which means DATABASE_URL points at PgBouncer in transaction pooling mode: PgBouncer before
 * 1.21, or with `max_prepared_statements = 0`, hands a connection's statements to another client
 * (README, Environment).
 */
export function preparedStatementsFromEnv(env: Partial<Record<string, string>> = process.env): boolean {
  const setting = env.DATABASE_PREPARED_STATEMENTS?.trim().toLowerCase() ?? "";
  if (["on", "true", "1", "yes"].includes(setting)) return true;
  if (["off", "false", "0", "no"].includes(setting)) return false;
  return !env.DATABASE_DIRECT_URL;
}

/**
 * Names statements for pg's prepared-statement cache (the pg adapter's `statementNameGenerator`).
 * The same SQL text always gets the same name, derived from the text, so every connection of the
 * pool prepares it under one name and PostgreSQL parses it once per connection and, once its plan
 * proves generic, plans it once too. (An unnamed statement is parsed and planned on every run:
 * about 40 % of PostgreSQL's CPU on a booking.) Past `limit` distinct texts, new ones go unnamed
 * (the empty name), and the process says so once.
 */
export function statementNamer(
  limit = PREPARED_STATEMENT_LIMIT,
  warn: (message: string) => void = (message) => console.warn(`[glowbook] ${message}`),
): (query: { sql: string }) => string {
  const names = new Map<string, string>();
  let warned = false;
  return ({ sql }) => {
    const known = names.get(sql);
    if (known !== undefined) return known;
    if (names.size >= limit) {
      if (!warned) warn(`${limit} distinct SQL statements are prepared; further ones are sent unprepared.`);
      warned = true;
      return "";
    }
    const name = `gb_${createHash("sha256").update(sql).digest("hex").slice(0, 40)}`;
    names.set(sql, name);
    return name;
  };
}
