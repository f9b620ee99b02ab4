import "server-only";
import { createHash } from "node:crypto";
import { recordAudit } from "@/lib/audit/record";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { db, type JsonInput } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { isUniqueViolation } from "@/lib/errors/postgres";
import { isUuid } from "@/lib/ids/uuid";
import { requireSpaLocation } from "@/lib/location/queries";
import { countRows, detectFormat, previewRows } from "./decode";
import { CLIENT_FIELDS, guessMapping, VISIT_FIELDS } from "./fields";
import type { SaveMappingInput } from "./schema";
import { defaultDateOrder, spaCountry, type StoredMapping } from "./settings";

export type ImportKindName = "CLIENTS" | "VISITS";

/** The largest file accepted: 50,000 clients with notes are about 10 MB. */
export const MAX_IMPORT_BYTES = 40 * 1024 * 1024;
export const TOO_LARGE_MESSAGE = "That file is larger than 40 MB. Split it into smaller files and import each.";

/**
 * Stores an uploaded file as an import waiting for its mapping, with the mapping guessed from its
 * header. The same bytes uploaded again are the same import (its page is shown again, nothing is
 * applied twice); a file that cannot be read as CSV is refused with the line that failed.
 */
export async function createImport(
  actor: Actor,
  input: { kind: ImportKindName; fileName: string; content: Buffer },
): Promise<{ id: string; existing: boolean }> {
  assertCan(actor, "admin:import-data");
  const { kind, content } = input;
  if (content.length === 0) throw new AppError("VALIDATION", "That file is empty.", { fieldErrors: { file: ["That file is empty."] } });
  const fileHash = createHash("sha256").update(content).digest("hex");
  const existing = await db.importFile.findUnique({ where: { kind_fileHash: { kind, fileHash } }, select: { id: true } });
  if (existing) return { id: existing.id, existing: true };

  const format = detectFormat(content);
  let headers: string[];
  let totalRows: number;
  try {
    ({ headers } = previewRows(content, format, 0));
    totalRows = await countRows(content, format);
  } catch (error) {
    const detail = error instanceof Error ? error.message.replace(/^Invalid Record Length: /, "") : "";
    const message = `That file could not be read as CSV${detail ? ` (${detail.slice(0, 160)})` : ""}.`;
    throw new AppError("VALIDATION", message, { fieldErrors: { file: [message] } });
  }
  if (headers.length < 2 || totalRows === 0) {
    const message = "That file has no rows under a header line. Export it again with column names in the first row.";
    throw new AppError("VALIDATION", message, { fieldErrors: { file: [message] } });
  }
  const location = await requireSpaLocation();
  const country = spaCountry(location.phone);
  const mapping: StoredMapping = {
    columns: guessMapping(headers, kind === "CLIENTS" ? CLIENT_FIELDS : VISIT_FIELDS),
    country,
    dateOrder: defaultDateOrder(country),
  };
  try {
    return await db.$transaction(async (tx) => {
      const created = await tx.importFile.create({
        data: {
          kind,
          fileHash,
          fileName: input.fileName.slice(0, 200) || "upload.csv",
          encoding: format.encoding,
          delimiter: format.delimiter,
          headers,
          totalRows,
          content: new Uint8Array(content),
          mapping: mapping as unknown as JsonInput,
          createdById: actor.userId,
        },
        select: { id: true },
      });
      await recordAudit(tx, actor, {
        action: "import.upload",
        entityType: "import_file",
        entityId: created.id,
        details: { kind, fileName: input.fileName, rows: totalRows, encoding: format.encoding },
      });
      return { id: created.id, existing: false };
    });
  } catch (error) {
    // The same file uploaded twice at once: the second is the first.
    if (!isUniqueViolation(error)) throw error;
    const first = await db.importFile.findUniqueOrThrow({ where: { kind_fileHash: { kind, fileHash } }, select: { id: true } });
    return { id: first.id, existing: true };
  }
}

async function requireImportForChange(actor: Actor, importId: string) {
  assertCan(actor, "admin:import-data");
  const found = isUuid(importId)
    ? await db.importFile.findUnique({ where: { id: importId }, select: { id: true, state: true, headers: true, kind: true } })
    : null;
  if (!found) throw new AppError("NOT_FOUND", "That import was not found.");
  if (found.state !== "MAPPING") throw new AppError("CONFLICT", "This import has already been applied; its mapping can no longer change.");
  return found;
}

/** Saves the mapping (and how phones and dates are read) while the import is still being set up. */
export async function saveImportMapping(actor: Actor, input: SaveMappingInput): Promise<void> {
  const found = await requireImportForChange(actor, input.importId);
  const columnCount = (found.headers as string[]).length;
  for (const [field, column] of Object.entries(input.mapping.columns)) {
    if (column !== undefined && column >= columnCount)
      throw new AppError("VALIDATION", `The column chosen for ${field} is not in the file.`);
  }
  await db.importFile.update({
    where: { id: found.id },
    data: {
      mapping: input.mapping as unknown as JsonInput,
      ...(input.valueMapping ? { valueMapping: input.valueMapping as JsonInput } : {}),
    },
  });
}

/** Queues the import for the worker: from here it runs by itself, and the page shows its progress. */
export async function applyImport(actor: Actor, input: { importId: string; sendConfirmations?: boolean }, now = new Date()): Promise<void> {
  const found = await requireImportForChange(actor, input.importId);
  await db.$transaction(async (tx) => {
    const updated = await tx.importFile.updateMany({
      where: { id: found.id, state: "MAPPING" },
      data: {
        state: "QUEUED",
        queuedAt: now,
        createdById: actor.userId,
        sendConfirmations: found.kind === "VISITS" && !!input.sendConfirmations,
      },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT", "This import has already been applied.");
    await recordAudit(tx, actor, {
      action: "import.apply",
      entityType: "import_file",
      entityId: found.id,
      details: { kind: found.kind, sendConfirmations: !!input.sendConfirmations },
    });
  });
}
