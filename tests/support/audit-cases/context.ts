import type { AuditContext } from "@/lib/audit/describe";

// The audit log's readings as tables (lib/audit/describe.test.ts reads each; its coverage test keeps
// them complete). They live outside lib/ so that test's scan of lib/ for recorded actions never
// reads these examples as code that records them.

/** One recorded action, with details as recorded and the lines the audit log shows for them. */
export type AuditCase = { action: string; details: unknown; lines: string[] };

export const AVA = "0b0e5f43-9d2c-4a57-8d0f-1c1e8a0a0a01";
export const NOAH = "0b0e5f43-9d2c-4a57-8d0f-1c1e8a0a0a02";
export const FACIAL = "0b0e5f43-9d2c-4a57-8d0f-1c1e8a0a0a03";
export const PEEL = "0b0e5f43-9d2c-4a57-8d0f-1c1e8a0a0a04";
export const UNKNOWN = "7f3a91c2-0000-4000-8000-000000000000";

export const auditContext: AuditContext = {
  timeZone: "America/New_York",
  currency: "USD",
  names: new Map([
    [AVA, "Ava Martinez"],
    [NOAH, "Noah Bennett"],
    [FACIAL, "Express Facial"],
    [PEEL, "Salicylic Acid Peel"],
  ]),
};
