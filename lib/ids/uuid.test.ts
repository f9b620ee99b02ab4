import { expect, test } from "vitest";
import { isUuid } from "./uuid";

test.each([
  ["2b7f4c1e-0000-4000-8000-000000000001", true],
  ["2B7F4C1E-0000-4000-8000-000000000001", true],
  ["------------------------------------", false],
  ["2b7f4c1e00004000800000000000000001", false],
  ["2b7f4c1e-0000-4000-8000-00000000000g", false],
  ["", false],
  [undefined, false],
])("%s → %s", (value, expected) => {
  expect(isUuid(value)).toBe(expected);
});
