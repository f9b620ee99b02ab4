import { encode } from "next-auth/jwt";

/**
 * Talking to a running Glowbook as a client would, for the benchmarks and the fault suite: a
 * session cookie signed as next-auth would set it after sign-in (the Epic Stack's fixture idea;
 * the app must run with the same NEXTAUTH_SECRET), and booking times in the spa's zone.
 */
export async function sessionCookie(
  secret: string,
  user: { id: string; email: string; name: string; role?: "CLIENT" | "ESTHETICIAN" | "ADMIN" },
): Promise<string> {
  const token = await encode({
    secret,
    token: { sub: user.id, userId: user.id, role: user.role ?? "CLIENT", email: user.email, name: user.name },
  });
  return `next-auth.session-token=${token}`;
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
