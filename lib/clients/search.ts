import "server-only";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { db, emptySql, joinSql, sql, type Sql } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

export const DIRECTORY_PAGE_SIZE = 25;

export type ClientListItem = {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  lastVisitAt: Date | null;
  nextVisitAt: Date | null;
};

export type ClientPage = { items: ClientListItem[]; nextCursor: string | null };

type Row = { id: string; name: string; email: string | null; phone: string | null; last_visit_at: Date | null; score: number | null };

type Cursor = { s?: number; l: string | null; n: string; i: string };

const encode = (cursor: Cursor) => Buffer.from(JSON.stringify(cursor)).toString("base64url");

function decode(value: string | undefined): Cursor | null {
  if (!value) return null;
  try {
    const cursor = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as Cursor;
    if (typeof cursor.n !== "string" || typeof cursor.i !== "string" || !/^[0-9a-f-]{36}$/i.test(cursor.i)) throw new Error();
    if (cursor.l !== null && Number.isNaN(Date.parse(cursor.l))) throw new Error();
    if (cursor.s !== undefined && typeof cursor.s !== "number") throw new Error();
    return cursor;
  } catch {
    throw new AppError("VALIDATION", "That page link is not valid.", { fieldErrors: { cursor: ["That page link is not valid."] } });
  }
}

/** The actor's clients (lib/auth/scope.ts's clientScope, written in SQL). */
function scopeSql(actor: Actor): Sql {
  switch (actor.role) {
    case "ADMIN":
    case "FRONT_DESK":
      return emptySql;
    case "ESTHETICIAN":
      return sql`AND EXISTS (
        SELECT 1 FROM appointment a JOIN staff_profile s ON s.id = a.staff_id
        WHERE a.client_id = u.id AND s.user_id = ${actor.userId}::uuid AND s.active
          AND a.status IN ('BOOKED', 'CHECKED_IN', 'COMPLETED', 'NO_SHOW'))`;
    case "CLIENT":
      return sql`AND false`;
  }
}

const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The client directory. Without a search: every client in the actor's scope, most recent visit
 * first (never visited last, then by name), a page at a time with a keyset cursor (an index
 * scan however many clients there are). With one: typo-tolerant and partial matching by name
 * (trigram similarity and word similarity), email, or phone digits, best match first; the
 * trigram GIN indexes keep it fast (prisma/migrations/20261203200100_front_desk).
 */
export async function searchClients(actor: Actor, options: { q?: string; cursor?: string; limit?: number } = {}): Promise<ClientPage> {
  assertCan(actor, "clients:view");
  const limit = Math.min(options.limit ?? DIRECTORY_PAGE_SIZE, 100);
  const cursor = decode(options.cursor);
  const rows = options.q ? await search(actor, options.q, cursor, limit) : await listByLastVisit(actor, cursor, limit);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const nextCursor =
    rows.length > limit && last
      ? encode({
          ...(options.q ? { s: last.score ?? 0 } : {}),
          l: last.last_visit_at?.toISOString() ?? null,
          n: last.name.toLowerCase(),
          i: last.id,
        })
      : null;
  const next = await nextVisits(page.map((row) => row.id));
  return {
    items: page.map((row) => ({
      id: row.id,
      name: row.name,
      email: row.email,
      phone: row.phone,
      lastVisitAt: row.last_visit_at,
      nextVisitAt: next.get(row.id) ?? null,
    })),
    nextCursor,
  };
}

async function listByLastVisit(actor: Actor, cursor: Cursor | null, limit: number): Promise<Row[]> {
  const after = !cursor
    ? emptySql
    : cursor.l === null
      ? sql`AND u.last_visit_at IS NULL AND (lower(u.name), u.id) > (${cursor.n}, ${cursor.i}::uuid)`
      : sql`AND (u.last_visit_at < ${new Date(cursor.l)} OR u.last_visit_at IS NULL
              OR (u.last_visit_at = ${new Date(cursor.l)} AND (lower(u.name), u.id) > (${cursor.n}, ${cursor.i}::uuid)))`;
  return db.$queryRaw<Row[]>`
    SELECT u.id, u.name, u.email, u.phone, u.last_visit_at, NULL::float8 AS score
    FROM app_user u
    WHERE u.role = 'CLIENT' AND u.merged_into_id IS NULL AND u.erased_at IS NULL ${scopeSql(actor)} ${after}
    ORDER BY u.last_visit_at DESC NULLS LAST, lower(u.name), u.id
    LIMIT ${limit + 1}`;
}

async function search(actor: Actor, query: string, cursor: Cursor | null, limit: number): Promise<Row[]> {
  const q = query.toLowerCase();
  const digits = q.replace(/\D/g, "");
  const like = `%${likeEscape(q)}%`;
  // Phone digits only count from three on: "1" would match nearly everyone.
  const phoneLike = digits.length >= 3 ? `%${digits}%` : null;
  const phoneDigits = sql`regexp_replace(coalesce(u.phone, ''), '\\D', '', 'g')`;
  const score = sql`round(greatest(
      similarity(lower(u.name), ${q}),
      word_similarity(${q}, lower(u.name)),
      CASE WHEN lower(u.name) LIKE ${`${likeEscape(q)}%`} THEN 1 ELSE 0 END,
      coalesce(similarity(u.email, ${q}), 0),
      CASE WHEN u.email LIKE ${`${likeEscape(q)}%`} THEN 0.95 ELSE 0 END,
      ${phoneLike ? sql`CASE WHEN ${phoneDigits} LIKE ${phoneLike} THEN 0.9 ELSE 0 END` : sql`0`}
    )::numeric, 4)::float8`;
  // Each alternative is one a trigram GIN index answers, asked on its own (a UNION, not an OR) and
  // with sequential scans off: PostgreSQL prices trigram similarity like any cheap comparison and
  // would otherwise compute it for every client (≈400 ms over 50,000 instead of ≈30 ms). The
  // settings end with this transaction (docs/decisions/0038-client-search-plan.md). Statements are
  // prepared (0044), and a cached generic plan ignores settings made after it: short searches run
  // this same statement with the planner's own settings, so this one is planned afresh each time.
  const candidates = (condition: Sql) => sql`SELECT u.id FROM app_user u WHERE u.role = 'CLIENT' AND ${condition}`;
  const alternatives = [
    candidates(sql`lower(u.name) % ${q}`),
    candidates(sql`${q} <% lower(u.name)`),
    candidates(sql`lower(u.name) LIKE ${like}`),
    candidates(sql`u.email % ${q}`),
    candidates(sql`u.email LIKE ${like}`),
    ...(phoneLike ? [candidates(sql`${phoneDigits} LIKE ${phoneLike}`)] : []),
  ];
  const after = cursor
    ? sql`WHERE (ranked.score < ${cursor.s ?? 0} OR (ranked.score = ${cursor.s ?? 0} AND (lower(ranked.name), ranked.id) > (${cursor.n}, ${cursor.i}::uuid)))`
    : emptySql;
  const statement = db.$queryRaw<Row[]>`
    SELECT * FROM (
      SELECT u.id, u.name, u.email, u.phone, u.last_visit_at, ${score} AS score
      FROM app_user u
      WHERE u.role = 'CLIENT' AND u.merged_into_id IS NULL AND u.erased_at IS NULL ${scopeSql(actor)}
        AND u.id IN (${joinSql(alternatives, " UNION ALL ")})
    ) ranked
    ${after}
    ORDER BY ranked.score DESC, lower(ranked.name), ranked.id
    LIMIT ${limit + 1}`;
  // Under three characters there is no trigram to look up: the indexes would be read whole, so
  // the planner keeps its own choice.
  if (q.length < 3) return statement;
  const [, rows] = await db.$transaction(
    [
      db.$executeRaw`SELECT set_config('enable_seqscan', 'off', true), set_config('max_parallel_workers_per_gather', '0', true),
        set_config('plan_cache_mode', 'force_custom_plan', true)`,
      statement,
    ],
    // The same wait for a connection as any other read (lib/db/client.ts), not the batch default.
    { maxWait: 5_000 },
  );
  return rows;
}

/** Each client's next booked visit (to tell apart two people of one name at the desk). */
async function nextVisits(clientIds: string[]): Promise<Map<string, Date>> {
  if (clientIds.length === 0) return new Map();
  const rows = await db.appointment.groupBy({
    by: ["clientId"],
    where: { clientId: { in: clientIds }, status: { in: ["BOOKED", "CHECKED_IN"] }, endsAt: { gt: new Date() } },
    _min: { startsAt: true },
  });
  return new Map(rows.flatMap((row) => (row._min.startsAt ? [[row.clientId, row._min.startsAt] as const] : [])));
}
