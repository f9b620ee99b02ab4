import { describe, expect, test } from "vitest";
import { faceMapSchema, normaliseFaceMap, summariseFaceMap, toggleFinding, upgradeLegacyFaceMap } from "./face-map";
import { readNoteContent } from "./schema";

describe("notes written before the drawn face map", () => {
  test.each([
    {
      name: "zones become findings, in zone order, empty zones dropped",
      stored: { subjective: "x", zones: { nose: ["comedones", "congestion"], chin: [], forehead: ["redness"] } },
      findings: [
        { zone: "nose", finding: "comedones" },
        { zone: "nose", finding: "congestion" },
        { zone: "forehead", finding: "redness" },
      ],
    },
    {
      name: "unknown zones and findings are dropped, not fatal",
      stored: { zones: { ear: ["redness"], nose: ["sparkles", "redness"], chin: "comedones" } },
      findings: [{ zone: "nose", finding: "redness" }],
    },
    { name: "a note without zones has an empty face map", stored: { subjective: "only words" }, findings: [] },
  ])("$name", ({ stored, findings }) => {
    const content = readNoteContent(stored);
    expect(content.faceMap).toEqual({ findings, markers: [] });
    expect(content).not.toHaveProperty("zones");
  });

  test("content already in the new shape passes through unchanged", () => {
    const faceMap = { findings: [{ zone: "chin", finding: "breakouts" }], markers: [] };
    const stored = { faceMap, zones: { nose: ["redness"] } };
    expect(upgradeLegacyFaceMap(stored)).toBe(stored);
    expect(readNoteContent(stored).faceMap.findings).toEqual([{ zone: "chin", finding: "breakouts" }]);
  });

  test.each([null, "text", 42, []])("odd stored content (%s) is left to the schema", (stored) => {
    expect(upgradeLegacyFaceMap(stored)).toBe(stored);
  });
});

describe("the face map schema", () => {
  test("a finding ticked twice is stored once", () => {
    const twice = {
      findings: [
        { zone: "nose", finding: "milia" },
        { zone: "nose", finding: "milia" },
      ],
    };
    expect(faceMapSchema.parse(twice).findings).toEqual([{ zone: "nose", finding: "milia" }]);
  });

  test.each([
    { name: "a marker off the drawing", markers: [{ zone: "nose", x: 1.2, y: 0.5 }] },
    { name: "a marker note that is too long", markers: [{ zone: "nose", x: 0.5, y: 0.5, note: "x".repeat(141) }] },
    { name: "too many markers", markers: Array.from({ length: 21 }, () => ({ zone: "chin", x: 0.5, y: 0.8 })) },
    { name: "an unknown zone", markers: [{ zone: "ear", x: 0.5, y: 0.5 }] },
  ])("refuses $name", ({ markers }) => {
    expect(faceMapSchema.safeParse({ findings: [], markers }).success).toBe(false);
  });

  test("markers keep their position, finding and note", () => {
    const parsed = faceMapSchema.parse({ markers: [{ zone: "left-cheek", x: 0.68, y: 0.53, note: " scar from 2019 " }] });
    expect(parsed.markers).toEqual([{ zone: "left-cheek", x: 0.68, y: 0.53, finding: null, note: "scar from 2019" }]);
  });
});

describe("editing and reading a face map", () => {
  const empty = normaliseFaceMap(undefined);

  test("toggling adds and removes one finding on one zone", () => {
    const on = toggleFinding(toggleFinding(empty, "nose", "comedones", true), "chin", "comedones", true);
    expect(on.findings).toEqual([
      { zone: "nose", finding: "comedones" },
      { zone: "chin", finding: "comedones" },
    ]);
    expect(toggleFinding(on, "nose", "comedones", false).findings).toEqual([{ zone: "chin", finding: "comedones" }]);
    expect(toggleFinding(on, "nose", "comedones", true).findings).toHaveLength(2);
  });

  test("the summary lists zones in chart order with their findings and markers", () => {
    const map = normaliseFaceMap({
      findings: [
        { zone: "neck", finding: "dryness" },
        { zone: "forehead", finding: "fine-lines" },
      ],
      markers: [{ zone: "neck", x: 0.5, y: 0.9, note: "mole" }],
    });
    expect(summariseFaceMap(map)).toEqual([
      { zone: "forehead", findings: ["fine-lines"], markers: [] },
      { zone: "neck", findings: ["dryness"], markers: [{ zone: "neck", x: 0.5, y: 0.9, finding: null, note: "mole" }] },
    ]);
  });
});
