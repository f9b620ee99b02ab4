import { describe, expect, test } from "vitest";
import { generateRecoveryCodes, hashRecoveryCode, normaliseRecoveryCode, RECOVERY_CODE_COUNT } from "./recovery-codes";

describe("recovery codes", () => {
  test("ten distinct codes in groups of four", () => {
    const codes = generateRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
  });

  test.each([
    ["as shown", "AB12-CD34-EF56-GH78", "AB12CD34EF56GH78"],
    ["lower case with spaces", " ab12 cd34 ef56 gh78 ", "AB12CD34EF56GH78"],
    ["O and I typed for 0 and 1", "ABI2-CD34-EF56-GH7O", "AB12CD34EF56GH70"],
    ["too short", "AB12-CD34", null],
    ["a letter that is not in the alphabet", "AB12-CD34-EF56-GHU8", null],
    ["a six-digit code", "123456", null],
    ["empty", "", null],
  ])("normalise: %s", (_name, input, expected) => {
    expect(normaliseRecoveryCode(input)).toBe(expected);
  });

  test("the hash ignores how the code was typed and never contains it", () => {
    const [code] = generateRecoveryCodes(1);
    const hash = hashRecoveryCode(code!);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashRecoveryCode(code!.toLowerCase().replaceAll("-", " "))).toBe(hash);
    expect(hashRecoveryCode("nope")).toBeNull();
  });
});
