import { describe, expect, test } from "vitest";
import { isYes, normalisePhone, parseImportedDate, readClientRow } from "./client-row";
import { detectDelimiter, detectEncoding } from "./decode";
import { parseTimeOfDay, readVisitStart } from "./visit-row";

describe("parseImportedDate", () => {
  test.each([
    ["1990-05-01", "MDY", "1990-05-01"],
    ["2024-05-06T14:22:00Z", "DMY", "2024-05-06"],
    ["04/05/1990", "MDY", "1990-04-05"],
    ["04/05/1990", "DMY", "1990-05-04"],
    ["13/04/1990", "MDY", "1990-04-13"], // a month of 13 settles it
    ["7.4.1991", "DMY", "1991-04-07"],
    ["31 Dec 1990", "MDY", "1990-12-31"],
    ["Dec 31, 1990", "DMY", "1990-12-31"],
    ["31/02/1990", "DMY", null],
    ["13/13/1980", "DMY", null],
    ["yesterday", "DMY", null],
  ] as const)("%s (%s) → %s", (raw, order, expected) => {
    expect(parseImportedDate(raw, order)).toBe(expected);
  });
});

describe("parseTimeOfDay", () => {
  test.each([
    ["14:30", 870],
    ["2:30 PM", 870],
    ["2.30pm", 870],
    ["12:00 AM", 0],
    ["12:15 pm", 735],
    ["09:00:00", 540],
    ["9am", 540],
    ["25:00", null],
    ["9", null],
    ["13:00 PM", null],
  ] as const)("%s → %s", (raw, expected) => {
    expect(parseTimeOfDay(raw)).toBe(expected);
  });

  test("a combined start is read in the spa's zone unless it carries an offset", () => {
    expect(readVisitStart(["12/10/2030 2:30 PM"], { startsAt: 0 }, "MDY", "America/New_York")).toEqual(new Date("2030-12-10T19:30:00Z"));
    expect(readVisitStart(["2030-12-10T14:30:00+01:00"], { startsAt: 0 }, "MDY", "America/New_York")).toEqual(
      new Date("2030-12-10T13:30:00Z"),
    );
    expect(readVisitStart(["2030-12-10", "noon"], { date: 0, time: 1 }, "MDY", "America/New_York")).toBe(
      "The start time is not a time of day.",
    );
  });
});

describe("reading a client row", () => {
  const settings = { country: "US", dateOrder: "MDY" } as const;
  test("phones become E.164 in the chosen country; a number that is not valid is kept as written", () => {
    expect(normalisePhone("(212) 555-0141", "US")).toBe("+12125550141");
    expect(normalisePhone("020 7946 0958", "GB")).toBe("+442079460958");
    expect(normalisePhone("0044 20 7946 0958", "US")).toBe("+442079460958");
    const row = readClientRow(["Ann Lee", "12"], { fullName: 0, phone: 1 }, settings);
    expect(row).toMatchObject({ ok: true, value: { phone: "12", phoneValid: false } });
  });

  test("first and last names join; emails are lower-cased; marketing answers read as yes or no", () => {
    expect(
      readClientRow(
        ["  Ann ", "Lee", "ANN@Example.Test", "Subscribed"],
        { firstName: 0, lastName: 1, email: 2, marketingConsent: 3 },
        settings,
      ),
    ).toMatchObject({
      ok: true,
      value: { name: "Ann Lee", email: "ann@example.test", marketingConsent: true },
    });
    expect(["yes", "TRUE", "1", "opted in"].every(isYes)).toBe(true);
    expect(["no", "", "unsubscribed", "false"].some(isYes)).toBe(false);
  });
});

describe("detecting the format", () => {
  test("encoding from the bytes", () => {
    expect(detectEncoding(Buffer.from([0xef, 0xbb, 0xbf, 0x41]))).toBe("utf-8");
    expect(detectEncoding(Buffer.from([0xff, 0xfe, 0x41, 0x00]))).toBe("utf-16le");
    expect(detectEncoding(Buffer.from("José", "utf8"))).toBe("utf-8");
    expect(detectEncoding(Buffer.from([0x4a, 0x6f, 0x73, 0xe9]))).toBe("windows-1252");
  });
  test.each([
    ["Name,Email", ","],
    ["Name\tEmail,Work", "\t"],
    ["Name;Email", ";"],
    ['"Last, First";Email;Phone', ";"],
    ["Name", ","],
  ])("%j → %j", (header, expected) => {
    expect(detectDelimiter(header)).toBe(expected);
  });
});
