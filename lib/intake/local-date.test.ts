import { describe, expect, it } from "vitest";
import { addLocalDays, addLocalMonths, addLocalYears, daysBetween, isLocalDate, latestDate } from "./local-date";
import { normalizeName, signatureMatchesName } from "./signature";
import { intakeExpiresOn, isIntakeCurrent } from "./validity";

describe("local dates", () => {
  it.each(["2026-02-29", "2026-13-01", "2026-1-01", "26-01-01", "", 20260101])("%j is not a calendar date", (value) => {
    expect(isLocalDate(value)).toBe(false);
  });

  it("does calendar arithmetic, whatever the process's time zone", () => {
    expect(addLocalDays("2026-03-28", 2)).toBe("2026-03-30");
    expect(addLocalDays("2026-01-01", -1)).toBe("2025-12-31");
    expect(addLocalMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addLocalMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(addLocalYears("2028-02-29", -100)).toBe("1928-02-29");
    expect(daysBetween("2026-10-24", "2026-11-02")).toBe(9);
    expect(() => addLocalDays("2026-02-30", 1)).toThrow(RangeError);
  });

  it("picks the latest date", () => {
    expect(latestDate([undefined, "2026-01-02", "2025-12-31"])).toBe("2026-01-02");
    expect(latestDate([undefined])).toBeNull();
  });
});

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
