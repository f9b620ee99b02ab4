import { describe, expect, it } from "vitest";
import { buildIntakeInput } from "@/tests/support/intake";
import { intakeDraftSchema } from "./schema";

describe("intakeDraftSchema (autosave)", () => {
  it("accepts an empty draft and any partial one", () => {
    expect(intakeDraftSchema.parse({})).toEqual({});
    const partial = { contact: { fullName: "Ana" }, hairRemoval: { waxing: { yes: true } } };
    expect(intakeDraftSchema.parse(partial)).toEqual(partial);
  });

  it("accepts a complete intake unchanged", () => {
    const full = buildIntakeInput();
    expect(intakeDraftSchema.parse(full)).toEqual(full);
  });

  it("keeps what is half typed, and skips the submit rules", () => {
    const draft = {
      contact: { email: "ana@", phone: "07" },
      hairRemoval: { waxing: { yes: true, date: "" } },
      actives: { isotretinoin: { status: "stopped" } },
      consent: { agreed: false, signature: "someone else" },
    };
    expect(intakeDraftSchema.parse(draft)).toEqual(draft);
  });

  it("drops what cannot be an answer instead of failing the autosave", () => {
    const draft = {
      skin: { type: "bogus", concerns: ["acne", 3] },
      devices: { pacemaker: "yes" },
      lifestyle: { tanning: { date: "2026-02-30" } },
    };
    expect(intakeDraftSchema.parse(draft)).toEqual({ skin: {}, devices: {}, lifestyle: { tanning: {} } });
  });

  it("drops unknown fields and refuses what is not a form at all", () => {
    expect(intakeDraftSchema.parse({ role: "ADMIN", contact: { isAdmin: true } })).toEqual({ contact: {} });
    expect(intakeDraftSchema.safeParse("hello").success).toBe(false);
    expect(intakeDraftSchema.safeParse({ contact: "Ana" }).success).toBe(false);
  });

  it("bounds the size of free text", () => {
    expect(intakeDraftSchema.safeParse({ skin: { goals: "x".repeat(5001) } }).success).toBe(false);
  });
});
