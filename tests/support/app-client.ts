import { encode } from "next-auth/jwt";

/**
 * Talking to a running Glowbook as a client would, for the benchmarks and the fault suite: a
 * session row and its cookie signed as next-auth would set it after sign-in (the Epic Stack's
 * fixture idea; the app must run with the same NEXTAUTH_SECRET), and booking times in the spa's zone.
 */
export async function sessionCookie(secret: string, sessionId: string): Promise<string> {
  // The token carries only the session id; the session row is checked on every request (docs/decisions/0020).
  const token = await encode({ secret, token: { sid: sessionId } });
  return `next-auth.session-token=${token}`;
}

/** Opens a twelve-hour session for `userId` through a plain pg pool; its id, for `sessionCookie`. */
export async function openSession(pool: { query(sql: string, params: unknown[]): Promise<{ rows: unknown[] }> }, userId: string) {
  const { rows } = await pool.query(
    "INSERT INTO user_session (user_id, expires_at) VALUES ($1, now() + interval '12 hours') RETURNING id",
    [userId],
  );
  return (rows[0] as { id: string }).id;
}

/** 10:00 in New York on `date`, as an ISO instant (the offset differs either side of a DST change). */
export async function localTenAm(date: string, hour = 10): Promise<string> {
  const { TZDate } = await import("@date-fns/tz");
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, hour, 0, 0, "America/New_York").getTime()).toISOString();
}

/** POST /api/v1/appointments with an optional Idempotency-Key; the status and the parsed body. */
export async function postBooking(options: { baseUrl: string; cookie: string; body: unknown; idempotencyKey?: string }) {
  const response = await fetch(`${options.baseUrl}/api/v1/appointments`, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      Cookie: options.cookie,
      ...(options.idempotencyKey ? { "Idempotency-Key": options.idempotencyKey } : {}),
    },
    body: JSON.stringify(options.body),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON (an HTML error page): kept as text.
  }
  return { status: response.status, retryAfter: response.headers.get("retry-after"), body };
}
