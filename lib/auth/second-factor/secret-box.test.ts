import { describe, expect, test } from "vitest";
import { openSecret, sealSecret } from "./secret-box";

const key = "a-test-secret-that-is-long-enough-0123456789";

describe("secret box", () => {
  test("opens what it sealed, and seals the same secret differently each time", () => {
    const a = sealSecret("JBSWY3DPEHPK3PXP", key);
    const b = sealSecret("JBSWY3DPEHPK3PXP", key);
    expect(a).not.toBe(b);
    expect(a).not.toContain("JBSWY3DPEHPK3PXP");
    expect(openSecret(a, key)).toBe("JBSWY3DPEHPK3PXP");
  });

  test("refuses another key, a tampered box and garbage", () => {
    const sealed = sealSecret("JBSWY3DPEHPK3PXP", key);
    expect(openSecret(sealed, `${key}x`)).toBeNull();
    const [version, iv, body, tag] = sealed.split(".");
    // The first character carries six whole bits of the ciphertext (the last one also padding).
    const flipped = `${body!.startsWith("A") ? "B" : "A"}${body!.slice(1)}`;
    expect(openSecret([version, iv, flipped, tag].join("."), key)).toBeNull();
    expect(openSecret("not-a-box", key)).toBeNull();
  });

  test("refuses to work without a secret", () => {
    expect(() => sealSecret("x", undefined)).toThrow(/NEXTAUTH_SECRET/);
  });
});
