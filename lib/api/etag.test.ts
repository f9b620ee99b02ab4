import { describe, expect, test } from "vitest";
import { matchesEtag } from "./etag";

describe("matchesEtag", () => {
  test.each([
    [null, false],
    ["", false],
    ['"3-abc"', true],
    ['W/"3-abc"', true],
    ['"2-abc"', false],
    ['"1-x", "3-abc"', true],
    ['"1-x","2-y"', false],
    ["*", true],
    ['"3-ab"', false],
  ])('If-None-Match %j against "3-abc" → %s', (header, expected) => {
    expect(matchesEtag(header, '"3-abc"')).toBe(expected);
  });
});
