import { describe, expect, it } from "vitest";
import { normalizeName, signatureMatchesName } from "./signature";
import { intakeExpiresOn, isIntakeCurrent } from "./validity";

describe("signatures", () => {
  it("ignore case, accents, spaces and punctuation, but not letters", () => {
    expect(normalizeName(" Zoë  O'Brien-Smith ")).toBe("zoeobriensmith");
    expect(signatureMatchesName("zoe obrien smith", "Zoë O'Brien-Smith")).toBe(true);
    expect(signatureMatchesName("Zoe Smith", "Zoë O'Brien-Smith")).toBe(false);
    expect(signatureMatchesName("...", "")).toBe(false);
  });
});

describe("intake validity", () => {
  it("lasts six months by default, to the day before the same date six months later", () => {
    expect(intakeExpiresOn("2026-05-31")).toBe("2026-11-30");
    expect(isIntakeCurrent("2026-05-15", "2026-11-14")).toBe(true);
    expect(isIntakeCurrent("2026-05-15", "2026-11-15")).toBe(false);
    expect(isIntakeCurrent("2026-05-15", "2026-08-15", 3)).toBe(false);
    expect(() => intakeExpiresOn("2026-05-15", 0)).toThrow(RangeError);
  });
});
