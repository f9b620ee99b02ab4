import "server-only";
import { Readable } from "node:stream";
import { stringify } from "csv-stringify";
import { ZipFile } from "yazl";
import { recordAudit } from "@/lib/audit/record";
import { assertCan } from "@/lib/auth/assert-can";
import { rateLimited } from "@/lib/auth/commands";
import { verifyPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/policy";
import { consumeRateLimit, PASSWORD_CHECK_RULE } from "@/lib/auth/rate-limit";
import { db, emptySql, sql, type Sql } from "@/lib/db/client";
import { getLocalDate } from "@/lib/dates/local-date";
import { AppError } from "@/lib/errors/app-error";
import { requireSpaLocation } from "@/lib/location/queries";
import { EXPORT_FILES, type ExportFile } from "./export-files";

export const WRONG_PASSWORD = "That is not your password. Enter the password you sign in with.";

export type ExportInput = { includeClinical: boolean; password?: string };

/**
 * Everything the spa keeps, as CSV files in one ZIP with a README describing every column:
 * clients, appointments of every status, services, staff hours, homecare plans and the audit log;
 * treatment notes and intake answers only when asked for and the admin's password is given again.
 * Streamed: each file is read a page at a time and written into the ZIP as it goes, so neither a
 * table nor the archive is ever held whole. The export is audited before the first byte leaves.
 */
export async function exportEverything(
  actor: Actor,
  input: ExportInput,
  now = new Date(),
): Promise<{ fileName: string; stream: Readable }> {
  assertCan(actor, "admin:export-data");
  if (input.includeClinical) await confirmPassword(actor, input.password ?? "", now);
  const location = await requireSpaLocation();
  const files = EXPORT_FILES.filter((file) => input.includeClinical || !file.clinical);
  await db.$transaction((tx) =>
    recordAudit(tx, actor, {
      action: "data.export",
      entityType: "location",
      entityId: location.id,
      details: { includeClinical: input.includeClinical, files: files.map((file) => file.name) },
    }),
  );
  const zip = new ZipFile();
  const mtime = now;
  zip.addBuffer(
    Buffer.from(readme(files, { spa: location.name, timeZone: location.timeZone, now, includeClinical: input.includeClinical })),
    "README.txt",
    { mtime },
  );
  for (const file of files) {
    const csv = Readable.from(rowsOf(file, location.timeZone)).pipe(stringify({ bom: true }));
    zip.addReadStream(csv, file.name, { mtime });
  }
  zip.end();
  const stamp = getLocalDate(now, location.timeZone);
  return { fileName: `glowbook-export-${stamp}.zip`, stream: zip.outputStream as Readable };
}

async function confirmPassword(actor: Actor, password: string, now: Date): Promise<void> {
  const decision = await consumeRateLimit(PASSWORD_CHECK_RULE, actor.userId, { now });
  if (!decision.allowed) throw rateLimited(decision.retryAfterMs);
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { passwordHash: true } });
  if (!user?.passwordHash || !password || !(await verifyPassword(user.passwordHash, password))) {
    throw new AppError("VALIDATION", WRONG_PASSWORD, { fieldErrors: { password: [WRONG_PASSWORD] } });
  }
}

const PAGE = 2_000;

/** The header, then every row, a page at a time in id order (keyset: no row is missed or repeated). */
async function* rowsOf(file: ExportFile, timeZone: string): AsyncGenerator<unknown[]> {
  yield file.columns.map((column) => column.header);
  let after: string | null = null;
  for (;;) {
    const cursor: Sql = after ? sql`AND ${file.idColumn} > ${after}::uuid` : emptySql;
    const page: Record<string, unknown>[] = await db.$queryRaw<Record<string, unknown>[]>(file.query(cursor, PAGE, timeZone));
    for (const row of page) yield file.columns.map((column) => cellValue(row[column.key]));
    if (page.length < PAGE) return;
    after = String(page.at(-1)!.id);
  }
}

function cellValue(value: unknown): unknown {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") return JSON.stringify(value);
  return value;
}

function readme(files: readonly ExportFile[], context: { spa: string; timeZone: string; now: Date; includeClinical: boolean }): string {
  const lines = [
    `Glowbook export of ${context.spa}`,
    `Taken ${context.now.toISOString()} (UTC). The spa's time zone is ${context.timeZone}.`,
    "",
    "Every file is CSV in UTF-8 (with a byte-order mark so spreadsheets read accents), comma-separated,",
    "with one header row. Instants end in Z (UTC); local dates and times are in the spa's time zone.",
    "IDs are Glowbook's own and join the files together (for example appointments.csv Client ID = clients.csv ID).",
    "clients.csv and appointments.csv can be imported straight back into Glowbook (Admin → Import).",
    context.includeClinical
      ? "This export includes treatment notes and intake answers: health records. Store and send it accordingly."
      : "Treatment notes and intake answers are not included (tick them on the export page and confirm your password).",
    "",
  ];
  for (const file of files) {
    lines.push(file.name, "-".repeat(file.name.length), file.description, "");
    for (const column of file.columns) lines.push(`  ${column.header}: ${column.description}`);
    lines.push("");
  }
  return lines.join("\n");
}
