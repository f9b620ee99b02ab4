import { describe, expect, test } from "vitest";
import { auditLabel, describeAuditDetails, type AuditContext } from "./describe";

// What every reading does whatever the action: a safe fallback for details no case knows, and no
// secret ever shown. The per-action readings are in describe.test.ts.
const context: AuditContext = { timeZone: "America/New_York", currency: "USD", names: new Map() };

describe("describeAuditDetails", () => {
  test.each([
    {
      name: "an unknown action with unknown keys",
      action: "spa.rename",
      details: { newName: "Glow", when: "2026-12-08T15:00:00Z" },
      lines: ["New name: Glow", "When: Dec 8, 2026, 10:00 AM"],
    },
    { name: "not an object", action: "spa.rename", details: "text", lines: [] },
    { name: "null", action: "spa.rename", details: null, lines: [] },
    {
      name: "a long list is cut",
      action: "x.y",
      details: { ids: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] },
      lines: ["Ids: 1, 2, 3, 4, 5, 6, 7, 8 and 2 more"],
    },
    { name: "a list of objects is counted", action: "x.y", details: { rows: [{ a: 1 }, { a: 2 }] }, lines: ["Rows: 2 items"] },
    { name: "long text is cut", action: "x.y", details: { note: "a ".repeat(150) }, lines: [`Note: ${"a ".repeat(100)}…`] },
  ])("a safe fallback: $name", ({ action, details, lines }) => {
    expect(describeAuditDetails(action, details, context)).toEqual(lines);
  });

  test("never shows secrets: credential keys at any depth, and values that look like hashes or tokens", () => {
    const details = {
      before: { password: "old secret words", name: "A" },
      after: { password: "new secret words", name: "B" },
      passwordHash: "$argon2id$v=19$m=19456,t=2,p=1$abc$def",
      token: "tok_live_123",
      nested: { resetToken: "abc", totpSecret: "JBSWY3DPEHPK3PXP", apiKey: "k", sessionId: "s-1", label: "kept" },
      recoveryCodes: ["1111-2222", "3333-4444"],
      note: "5f4dcc3b5aa765d61d8327deb882cf995f4dcc3b5aa765d61d8327deb882cf99",
      jwt: "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc",
    };
    const text = describeAuditDetails("account.change", details, context).join("\n");
    expect(text).toContain("Name: A → B");
    expect(text).toContain("Nested › Label: kept");
    for (const secret of ["secret words", "argon2", "tok_live", "abc", "JBSWY3", "s-1", "1111", "5f4dcc3b", "eyJ"]) {
      expect(text).not.toContain(secret);
    }
  });
});

describe("auditLabel", () => {
  test.each([
    ["cancellationWindowHours", "Cancellation window (hours)"],
    ["duplicateName", "Duplicate name"],
    ["serviceIds", "Services"],
    ["preferredStaffId", "Preferred staff"],
    ["file_name", "File name"],
  ])("%s → %s", (key, label) => {
    expect(auditLabel(key)).toBe(label);
  });
});
