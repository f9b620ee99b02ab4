import { describe, expect, test } from "vitest";
import { checkTotpCode, currentTotpCode, newTotpSecret, totpUri } from "./totp";

// RFC 6238 appendix B's SHA-1 secret ("12345678901234567890") in base32.
const RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
const at = (seconds: number) => new Date(seconds * 1000);

describe("TOTP", () => {
  test.each([
    [59, "287082"],
    [1111111109, "081804"],
    [1234567890, "005924"],
    [2000000000, "279037"],
  ])("matches RFC 6238's test vector at %d s (last six digits %s)", async (seconds, code) => {
    expect(await currentTotpCode(RFC_SECRET, at(seconds))).toBe(code);
    expect(await checkTotpCode(RFC_SECRET, code, { now: at(seconds) })).toMatchObject({ valid: true });
  });

  test("accepts one step of clock drift either side, not two", async () => {
    const code = await currentTotpCode(RFC_SECRET, at(1_000_000_020));
    expect((await checkTotpCode(RFC_SECRET, code, { now: at(1_000_000_050) })).valid).toBe(true);
    expect((await checkTotpCode(RFC_SECRET, code, { now: at(1_000_000_000) })).valid).toBe(true);
    expect((await checkTotpCode(RFC_SECRET, code, { now: at(1_000_000_100) })).valid).toBe(false);
  });

  test("refuses a code from a step already used (replay)", async () => {
    const now = at(1_000_000_020);
    const code = await currentTotpCode(RFC_SECRET, now);
    const first = await checkTotpCode(RFC_SECRET, code, { now });
    expect(first.valid).toBe(true);
    const step = first.valid ? first.timeStep : -1;
    expect(await checkTotpCode(RFC_SECRET, code, { now, afterTimeStep: step })).toEqual({ valid: false });
  });

  test.each([["12345"], ["1234567"], ["12345a"], [" 123456"], [""]])("refuses %j without asking otplib", async (code) => {
    expect(await checkTotpCode(RFC_SECRET, code, { now: at(59) })).toEqual({ valid: false });
  });

  test("a new secret is 160 bits of base32 and the URI names the spa and the account", () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const uri = totpUri({ issuer: "Glowbook Demo Spa", accountName: "ava@glowbook.test", secret });
    expect(uri).toMatch(/^otpauth:\/\/totp\/Glowbook%20Demo%20Spa:ava%40glowbook\.test\?/);
    expect(uri).toContain(`secret=${secret}`);
    expect(uri).toContain("issuer=Glowbook%20Demo%20Spa");
  });
});
