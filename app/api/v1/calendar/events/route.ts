import { respondToError } from "@/lib/api/respond";
import { can } from "@/lib/auth/policy";
import { getSignedInSession, requireActor } from "@/lib/auth/actor";
import { findSessionState } from "@/lib/auth/session-store";
import { calendarAudience } from "@/lib/booking/calendar-audience";
import { db } from "@/lib/db/client";
import { getScheduleFeed } from "@/lib/schedule-feed/listener";
import { getScheduleVersion, listChangesSince } from "@/lib/schedule-feed/queries";
import { openScheduleStream, REPLAY_LIMIT, SSE_HEADERS } from "@/lib/schedule-feed/stream";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/calendar/events — the live calendar (Server-Sent Events, staff only): one `schedule`
 * event per change with the appointment id, what changed and the local dates; an esthetician
 * hears only about their own column. The browser's EventSource reconnects by itself and replays
 * what it missed (Last-Event-ID). Each instance listens on one PostgreSQL connection.
 */
export async function GET(request: Request): Promise<Response> {
  try {
    const actor = await requireActor("calendar:subscribe");
    const sessionId = (await getSignedInSession())!.sessionId;
    const audience = await calendarAudience(actor);
    const { locationId } = audience;
    const stream = openScheduleStream({
      feed: getScheduleFeed(),
      audience,
      lastEventId: request.headers.get("last-event-id"),
      currentVersion: () => getScheduleVersion(db, locationId),
      changesSince: (version) => listChangesSince(db, { locationId, version, limit: REPLAY_LIMIT }),
      // Signing out, a revoked session, a role change or a deactivation ends the stream.
      stillAllowed: async () => {
        const current = await findSessionState(sessionId);
        return current?.secondFactor === "complete" && current.actor.role === actor.role && can(current.actor, "calendar:subscribe");
      },
      signal: request.signal,
    });
    return new Response(stream, { headers: SSE_HEADERS });
  } catch (error) {
    return respondToError(error);
  }
}
