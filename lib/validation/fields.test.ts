import { describe, expect, test } from "vitest";
import { isoInstant, localDate, localDateTime, month } from "./fields";

describe("dates and instants stay within 1900–2100", () => {
  test.each([
    [localDate, "2026-12-01", true],
    [localDate, "1900-01-01", true],
    [localDate, "2100-12-31", true],
    [localDate, "9999-12-31", false],
    [localDate, "1899-12-31", false],
    [localDate, "0001-01-01", false],
    [localDate, "2026-02-30", false],
    [localDate, "2026-12-01\u0000", false],
    [isoInstant, "2026-12-01T10:00:00.000Z", true],
    [isoInstant, "2026-12-01T10:00-05:00", true],
    [isoInstant, "9999-12-31T23:59:59Z", false],
    [isoInstant, "0001-01-01T00:00:00Z", false],
    [month, "2026-12", true],
    [month, "9999-01", false],
    [month, "2026-13", false],
    [localDateTime, "2026-12-01T09:00", true],
    [localDateTime, "2026-02-30T09:00", false],
    [localDateTime, "2101-01-01T09:00", false],
  ])("%#: %s", (schema, value, valid) => {
    expect(schema.safeParse(value).success).toBe(valid);
  });
});
