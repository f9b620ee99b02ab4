import type { DbClient } from "@/lib/db/client";
import { readRows, type DetectedFormat } from "./decode";
import { readClientRow, type ClientCandidate } from "./client-row";
import type { ClientIndex } from "./client-index";
import { rowHash } from "./row-hash";
import type { StoredMapping } from "./settings";

export type ClientRowPlan =
  | { rowNumber: number; values: string[]; outcome: "CREATED"; candidate: ClientCandidate; hash: string }
  | {
      rowNumber: number;
      values: string[];
      outcome: "MATCHED";
      candidate: ClientCandidate;
      hash: string;
      clientId: string;
      by: "email" | "phone";
    }
  | { rowNumber: number; values: string[]; outcome: "ALREADY_IMPORTED"; clientId: string; hash: string }
  | { rowNumber: number; values: string[]; outcome: "REJECTED"; reason: string };

const LOOKUP_BATCH = 1_000;

/**
 * What each row of a client file will do, in file order: create a client, match an existing one
 * (same email, else same phone), nothing (the same row was applied by an earlier import), or be
 * rejected with the reason. Rows are read in batches of 1,000 (one query for earlier imports per
 * batch). The dry run and the import itself both read the file through this, so what the dry run
 * shows is what the import does.
 */
export async function* planClientRows(
  client: DbClient,
  file: { content: Buffer; format: DetectedFormat },
  mapping: StoredMapping,
  index: ClientIndex,
): AsyncGenerator<ClientRowPlan> {
  const seenEmail = new Map<string, number>();
  const seenPhone = new Map<string, number>();
  let batch: { rowNumber: number; values: string[] }[] = [];
  const flush = async function* () {
    const read = batch.map((row) => ({ ...row, reading: readClientRow(row.values, mapping.columns, mapping) }));
    batch = [];
    const hashes = read.flatMap((row) => (row.reading.ok ? [rowHash("CLIENTS", row.reading.value)] : []));
    const applied = new Map(
      (
        await client.importAppliedRow.findMany({
          where: { kind: "CLIENTS", rowHash: { in: hashes } },
          select: { rowHash: true, entityId: true },
        })
      ).map((row) => [row.rowHash, row.entityId]),
    );
    for (const { rowNumber, values, reading } of read) {
      if (!reading.ok) {
        yield { rowNumber, values, outcome: "REJECTED" as const, reason: reading.reason };
        continue;
      }
      const candidate = reading.value;
      const phone = candidate.phoneValid ? candidate.phone : null;
      const duplicateOf = (candidate.email && seenEmail.get(candidate.email)) || (phone && seenPhone.get(phone));
      if (duplicateOf) {
        const by = candidate.email && seenEmail.get(candidate.email) ? "email" : "phone";
        yield {
          rowNumber,
          values,
          outcome: "REJECTED" as const,
          reason: `Duplicate inside the file: row ${duplicateOf} has the same ${by}.`,
        };
        continue;
      }
      if (candidate.email) seenEmail.set(candidate.email, rowNumber);
      if (phone) seenPhone.set(phone, rowNumber);
      const hash = rowHash("CLIENTS", candidate);
      const earlier = applied.get(hash);
      if (earlier) {
        yield { rowNumber, values, outcome: "ALREADY_IMPORTED" as const, clientId: earlier, hash };
        continue;
      }
      const match = index.match(candidate.email, phone);
      if (match) yield { rowNumber, values, outcome: "MATCHED" as const, candidate, hash, clientId: match.id, by: match.by };
      else yield { rowNumber, values, outcome: "CREATED" as const, candidate, hash };
    }
  };
  for await (const row of readRows(file.content, file.format)) {
    batch.push(row);
    if (batch.length >= LOOKUP_BATCH) yield* flush();
  }
  if (batch.length) yield* flush();
}

/** What the dry run and the rejects file say for each outcome. */
export function describeClientPlan(plan: ClientRowPlan): string {
  switch (plan.outcome) {
    case "CREATED":
      return plan.candidate.phone && !plan.candidate.phoneValid
        ? "New client (the phone number is not valid: kept as written)"
        : "New client";
    case "MATCHED":
      return plan.by === "email" ? "Matches an existing client (same email)" : "Matches an existing client (same phone)";
    case "ALREADY_IMPORTED":
      return "Already imported from an earlier file";
    case "REJECTED":
      return plan.reason;
  }
}
