import type { Role } from "./policy";

/**
 * How long a sign-in lasts. Idle: two hours without a request ends it, so a session left open on
 * the front-desk computer or a client's shared tablet does not outlive the person's break.
 * Absolute: twelve hours after signing in it ends however active it is (a full spa day, never a
 * second one). Both are checked on every request against the row in Postgres.
 */
export const SESSION_IDLE_MS = 2 * 60 * 60_000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60_000;
/**
 * last_seen_at is written at most this often per session, so nearly every request only reads; the
 * idle limit is then kept to within five minutes, which is plenty against two hours.
 */
export const SESSION_TOUCH_INTERVAL_MS = 5 * 60_000;

/** How this session's second step was taken (the user_session column of the same name). */
export type SecondFactorMethod = "TOTP" | "RECOVERY_CODE" | "PASSKEY" | "TRUSTED_BROWSER";

/**
 * Where a signed-in session stands with the second factor:
 * - complete: it may act as its user;
 * - pending: the user has a second factor and has not used it in this session yet;
 * - enrol: the spa requires one for staff and this staff user has none yet.
 * Only "complete" sessions have an actor (lib/auth/actor.ts); the other two can only reach the
 * second step's own page and actions.
 */
export type SecondFactorState = "complete" | "pending" | "enrol";

export function secondFactorState(facts: {
  role: Role;
  secondFactorDone: boolean;
  hasSecondFactor: boolean;
  requiredForStaff: boolean;
}): SecondFactorState {
  // Written as "not a client" so every staff role, present and future, is covered.
  if (facts.role === "CLIENT" || facts.secondFactorDone) return "complete";
  if (facts.hasSecondFactor) return "pending";
  return facts.requiredForStaff ? "enrol" : "complete";
}

/** The session is live at `now`: used within the idle limit and before its absolute end. */
export function isSessionLive(session: { lastSeenAt: Date; expiresAt: Date }, now: Date): boolean {
  return session.expiresAt.getTime() > now.getTime() && now.getTime() - session.lastSeenAt.getTime() < SESSION_IDLE_MS;
}

/** "Chrome on macOS" for the sessions page: browser and system from a User-Agent, or a fallback. */
export function describeUserAgent(userAgent: string): string {
  const browser = (
    [
      [/Edg\//, "Edge"],
      [/OPR\/|Opera/, "Opera"],
      [/Firefox\//, "Firefox"],
      [/Chrome\/|Chromium\//, "Chrome"],
      [/Safari\//, "Safari"],
    ] as const satisfies readonly (readonly [RegExp, string])[]
  ).find(([pattern]) => pattern.test(userAgent))?.[1];
  const system = (
    [
      [/iPhone|iPad|iPod/, "iOS"],
      [/Android/, "Android"],
      [/Windows/, "Windows"],
      [/Mac OS X|Macintosh/, "macOS"],
      [/CrOS/, "ChromeOS"],
      [/Linux/, "Linux"],
    ] as const satisfies readonly (readonly [RegExp, string])[]
  ).find(([pattern]) => pattern.test(userAgent))?.[1];
  if (browser && system) return `${browser} on ${system}`;
  return browser ?? system ?? "Unknown browser";
}
