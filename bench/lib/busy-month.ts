import type { Db } from "../../lib/db/client";

/**
 * Fills the next 31 days of every demo esthetician's hours with visits: in each 45 minutes of
 * their working ranges, an Express Facial (30 minutes, 5 + 10 minutes of buffer, so exactly 45
 * blocked) with a probability of about 70 %, for a demo client, skipping any stretch a seeded
 * visit already occupies. Placements are
 * a hash of esthetician and hour, so every run benchmarks the same month. Returns how many visits
 * were added. The visits hold an esthetician, not a room: rooms stay the seeded ones. A hashed
 * client may land in two estheticians' visits at once, so each row is marked as a deliberate
 * overlap (outside appointment_no_client_overlap): the bench measures the staff's schedule.
 */
export async function addBusyMonth(db: Db): Promise<number> {
  return db.$executeRaw`
    WITH spa AS (
      SELECT l.id AS location_id, l.time_zone, s.id AS service_id, s.price_cents, s.currency
      FROM location l JOIN service s ON s.location_id = l.id AND s.slug = 'express-facial'
    ),
    clients AS (
      SELECT id, row_number() OVER (ORDER BY email) - 1 AS n, count(*) OVER () AS total FROM app_user WHERE role = 'CLIENT'
    ),
    candidates AS (
      SELECT spa.*, sp.id AS staff_id,
        ((d::date + make_interval(mins => m + 5))::timestamp AT TIME ZONE spa.time_zone) AS starts_at,
        abs(hashtext(sp.id::text || d::date::text || m::text)) AS h
      FROM spa
      JOIN staff_profile sp ON sp.location_id = spa.location_id AND sp.active
      JOIN working_hours wh ON wh.staff_id = sp.id
      CROSS JOIN generate_series((now() AT TIME ZONE spa.time_zone)::date + 1, (now() AT TIME ZONE spa.time_zone)::date + 31, interval '1 day') d
      CROSS JOIN LATERAL generate_series(wh.start_minute, wh.end_minute - 45, 45) m
      WHERE extract(isodow FROM d) = wh.weekday
    )
    INSERT INTO appointment (location_id, client_id, staff_id, service_id, starts_at, ends_at, blocked_from, blocked_until, price_cents, currency,
      client_overlap_reason)
    SELECT c.location_id, cl.id, c.staff_id, c.service_id, c.starts_at, c.starts_at + interval '30 minutes',
      c.starts_at - interval '5 minutes', c.starts_at + interval '40 minutes', c.price_cents, c.currency,
      'Benchmark busy month'
    FROM candidates c
    JOIN clients cl ON cl.n = c.h % cl.total
    WHERE c.h % 10 < 7
      AND NOT EXISTS (
        SELECT 1 FROM appointment a
        WHERE a.staff_id = c.staff_id AND a.status NOT IN ('CANCELLED', 'LATE_CANCELLED')
          AND tstzrange(a.blocked_from, a.blocked_until) && tstzrange(c.starts_at - interval '5 minutes', c.starts_at + interval '40 minutes')
      )`;
}
