import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { accountAuditCases } from "@/tests/support/audit-cases/accounts";
import { auditContext } from "@/tests/support/audit-cases/context";
import { scheduleAuditCases } from "@/tests/support/audit-cases/schedule";
import { describeAuditDetails } from "./describe";

const auditCases = [...scheduleAuditCases, ...accountAuditCases];

describe("describeAuditDetails", () => {
  test.each(auditCases)("$action → $lines", ({ action, details, lines }) => {
    expect(describeAuditDetails(action, details, auditContext)).toEqual(lines);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [full] : [];
  });
}

test("every audit action the app records has a case in tests/support/audit-cases/ (grep of lib/ for recorded actions)", () => {
  const lib = path.resolve(__dirname, "..");
  const recorded = new Set<string>();
  for (const file of sourceFiles(lib)) {
    const source = readFileSync(file, "utf8");
    for (const match of source.matchAll(/action:\s*([^,}\n]+)/g)) {
      for (const literal of match[1]!.matchAll(/"([a-z-]+\.[a-z-]+)"/g)) recorded.add(literal[1]!);
    }
    // `service.${outcome === "archived" ? "archive" : "delete"}`
    for (const template of source.matchAll(/action: `([a-z-]+)\.\$\{[^}]*\? "([a-z-]+)" : "([a-z-]+)"\}`/g)) {
      recorded.add(`${template[1]}.${template[2]}`);
      recorded.add(`${template[1]}.${template[3]}`);
    }
  }
  const covered = new Set(auditCases.map((c) => c.action));
  expect(recorded.size).toBeGreaterThan(60);
  expect([...recorded].filter((action) => !covered.has(action)).sort()).toEqual([]);
});
