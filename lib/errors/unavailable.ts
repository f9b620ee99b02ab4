/**
 * "The database cannot be reached", recognised in one place (docs/decisions/0016). Route handlers
 * answer it with 503 and Retry-After, pages with "we'll be back in a moment", actions with an
 * UNAVAILABLE result, and the worker waits; each logs one line per outage, not a stack per request.
 */

/** Seconds a client is asked to wait before trying again (Retry-After). */
export const RETRY_AFTER_SECONDS = 5;

// Prisma's codes for "can't reach", "timed out", "server closed the connection", "pool timeout".
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
// The pg adapter's kinds for the same.
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// Class 08 (connection exception); the server shutting down, crashed or still starting; too many connections.
const SQLSTATES = /^(08...|57P01|57P02|57P03|53300)$/;
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN"]);
// node-postgres says these in words only.
const MESSAGES =
  /Connection terminated|Connection ended|connection timeout|Client has encountered a connection error|terminating connection|the database system is (starting up|shutting down|in recovery mode)|Can't reach database server/i;

/** Whether `error` (or its cause, however deep Prisma and the driver wrapped it) says the database is out of reach. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const candidate = error as {
    name?: unknown;
    code?: unknown;
    kind?: unknown;
    message?: unknown;
    cause?: unknown;
    meta?: { driverAdapterError?: unknown };
  };
  if (candidate.name === "PrismaClientInitializationError") return true;
  if (typeof candidate.code === "string" && (PRISMA_CODES.has(candidate.code) || SOCKET_CODES.has(candidate.code))) return true;
  if (typeof candidate.code === "string" && SQLSTATES.test(candidate.code)) return true;
  if (typeof candidate.kind === "string" && ADAPTER_KINDS.has(candidate.kind)) return true;
  if (typeof candidate.message === "string" && MESSAGES.test(candidate.message)) return true;
  const originalCode = (candidate.cause as { originalCode?: unknown } | undefined)?.originalCode;
  if (typeof originalCode === "string" && SQLSTATES.test(originalCode)) return true;
  return isDatabaseUnavailable(candidate.meta?.driverAdapterError, depth + 1) || isDatabaseUnavailable(candidate.cause, depth + 1);
}

// Too busy right now, though reachable: Prisma could not start a transaction in time (P2028),
// pg's pool had no free connection in time, a lock or statement timeout fired, or PostgreSQL
// gave up on a deadlock or serialisation conflict. Each ends in a bounded wait, then a retry later.
const BUSY_SQLSTATES = new Set(["55P03", "57014", "40001", "40P01"]);
const BUSY_MESSAGES = /timeout exceeded when trying to connect|Unable to start a transaction in the given time|Transaction already closed/i;

/** The app's own bounded wait for a turn at the database ran out (lib/booking/admission.ts). */
export class DatabaseBusyError extends Error {
  override name = "DatabaseBusyError";
}

/** Whether `error` says the database is reachable but could not serve this request in time (answer 503, Retry-After). */
export function isDatabaseBusy(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  if (error instanceof DatabaseBusyError) return true;
  const candidate = error as { code?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
  if (candidate.code === "P2028") return true;
  if (typeof candidate.code === "string" && BUSY_SQLSTATES.has(candidate.code)) return true;
  if (typeof candidate.message === "string" && BUSY_MESSAGES.test(candidate.message)) return true;
  const originalCode = (candidate.cause as { originalCode?: unknown } | undefined)?.originalCode;
  if (typeof originalCode === "string" && BUSY_SQLSTATES.has(originalCode)) return true;
  return isDatabaseBusy(candidate.meta?.driverAdapterError, depth + 1) || isDatabaseBusy(candidate.cause, depth + 1);
}

export const BUSY_MESSAGE = "We’re very busy right now. Please try again in a moment.";

/** The short reason for the one log line: the driver's words, never a stack. */
export function describeUnavailable(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const line = message.split("\n").findLast((part) => part.trim() !== "") ?? message;
  return line.replace(/\s+/g, " ").trim().slice(0, 200);
}

export type OutageLog = {
  /** A failure: the first of an outage is logged; the rest are counted. */
  report(error: unknown): void;
  /** Something worked again: ends the outage with one line saying how long it lasted. */
  recovered(): void;
  readonly inOutage: boolean;
};

/**
 * One line when an outage starts and one when it ends. Where nothing reports success (a web
 * server only sees failures), an outage also ends after `quietMs` without failures.
 */
export function createOutageLog(options: {
  subject: string;
  log: (line: string) => void;
  quietMs?: number;
  now?: () => number;
}): OutageLog {
  const now = options.now ?? Date.now;
  const quietMs = options.quietMs ?? 30_000;
  let startedAt: number | null = null;
  let lastFailureAt = 0;
  let failures = 0;
  const end = () => {
    if (startedAt === null) return;
    const seconds = Math.max(1, Math.round((lastFailureAt - startedAt) / 1000));
    options.log(`${options.subject} is reachable again (${failures} failure${failures === 1 ? "" : "s"} over about ${seconds} s).`);
    startedAt = null;
    failures = 0;
  };
  return {
    report(error) {
      const at = now();
      if (startedAt !== null && at - lastFailureAt > quietMs) end();
      lastFailureAt = at;
      failures += 1;
      if (startedAt !== null) return;
      startedAt = at;
      options.log(`${options.subject} is unreachable (${describeUnavailable(error)}); retrying until it returns.`);
    },
    recovered: end,
    get inOutage() {
      return startedAt !== null && now() - lastFailureAt <= quietMs;
    },
  };
}

// One per server process, parked on globalThis because Next bundles this module once per route:
// a web server sees only failures, so an outage ends after a quiet spell.
const shared = globalThis as unknown as { glowbookDatabaseOutage?: OutageLog };

/** For request handlers: counts the failure, logging one line when an outage starts. */
export function noteDatabaseUnavailable(error: unknown): void {
  shared.glowbookDatabaseOutage ??= createOutageLog({ subject: "The database", log: (line) => console.warn(`[glowbook] ${line}`) });
  shared.glowbookDatabaseOutage.report(error);
}

/**
 * Next logs every error a page throws with its stack. During an outage every request throws the
 * same "can't reach the database": those become the one outage line; anything else is printed.
 */
export function quietDatabaseOutages(target: Pick<Console, "error">): void {
  const print = target.error.bind(target);
  target.error = (...args: unknown[]) => {
    const outage = args.find((arg) => isDatabaseUnavailable(arg));
    if (outage) noteDatabaseUnavailable(outage);
    else print(...args);
  };
}

export const UNAVAILABLE_MESSAGE = "We can’t reach our records right now. Please try again in a moment.";

/** Marks "the database was out of reach" where a page renders something else instead of failing. */
export const DATABASE_UNAVAILABLE = Symbol("database unavailable");

/** The value, or DATABASE_UNAVAILABLE (noted once per outage) when the database cannot be reached; other errors pass. */
export async function unlessUnavailable<T>(promise: Promise<T>): Promise<T | typeof DATABASE_UNAVAILABLE> {
  try {
    return await promise;
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    noteDatabaseUnavailable(error);
    return DATABASE_UNAVAILABLE;
  }
}
