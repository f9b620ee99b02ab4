import { describe, expect, test } from "vitest";
import { hashPassword, needsRehash, PASSWORD_HASH_OPTIONS, verifyDummyPassword, verifyPassword } from "./password";

describe("password hashing", () => {
  test("hashes with argon2id at the OWASP parameters, salted", async () => {
    const first = await hashPassword("lantern-orchid-velvet");
    const second = await hashPassword("lantern-orchid-velvet");
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(first).not.toContain("lantern-orchid-velvet");
    expect(first).not.toBe(second);
  });

  test("verifies the right password and refuses a wrong one", async () => {
    const hash = await hashPassword("lantern-orchid-velvet");
    expect(await verifyPassword(hash, "lantern-orchid-velvet")).toBe(true);
    expect(await verifyPassword(hash, "Lantern-orchid-velvet")).toBe(false);
    expect(await verifyPassword(hash, "")).toBe(false);
  });

  test("the dummy verification always fails", async () => {
    expect(await verifyDummyPassword("anything at all")).toBe(false);
    expect(await verifyDummyPassword("")).toBe(false);
  });

  test("asks for a rehash only when the parameters differ from today's", async () => {
    expect(needsRehash(await hashPassword("lantern-orchid-velvet"))).toBe(false);
    expect(needsRehash("$argon2id$v=19$m=4096,t=3,p=1$c29tZXNhbHRzb21lc2FsdA$AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA")).toBe(true);
    expect(PASSWORD_HASH_OPTIONS.memoryCost).toBeGreaterThanOrEqual(19_456);
  });
});
