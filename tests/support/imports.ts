import { readFileSync } from "node:fs";
import path from "node:path";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { applyImport, createImport } from "@/lib/transfer/commands";
import { runPendingImports, type ImportRunOptions } from "@/lib/transfer/runner";

export const FIXTURES = path.resolve(__dirname, "../fixtures/imports");

export function fixture(name: string): Buffer {
  return readFileSync(path.join(FIXTURES, name));
}

/** A CSV file from rows of cells (quoted where needed), CRLF line ends like most exports. */
export function csvFile(rows: readonly (readonly string[])[]): Buffer {
  const quote = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  return Buffer.from(rows.map((row) => row.map(quote).join(",")).join("\r\n") + "\r\n", "utf8");
}

/** Uploads, applies and runs an import to the end in this process (the worker's loop, without waiting for it). */
export async function importAndRun(
  admin: Actor,
  kind: "CLIENTS" | "VISITS",
  content: Buffer,
  options: ImportRunOptions & { sendConfirmations?: boolean } = {},
) {
  const { id } = await createImport(admin, { kind, fileName: `${kind.toLowerCase()}.csv`, content });
  await applyImport(admin, { importId: id, sendConfirmations: options.sendConfirmations });
  await runPendingImports(db, options);
  return db.importFile.findUniqueOrThrow({ where: { id } });
}

export function rowOutcomes(importId: string) {
  return db.importRow.findMany({
    where: { importId },
    orderBy: { rowNumber: "asc" },
    select: { rowNumber: true, outcome: true, reason: true, entityId: true },
  });
}
