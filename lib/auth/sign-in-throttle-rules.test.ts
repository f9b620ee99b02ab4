import { describe, expect, test } from "vitest";
import { delayAfterFailures, pairThrottleKey } from "./sign-in-throttle-rules";

describe("delayAfterFailures", () => {
  test.each([
    [0, 0],
    [1, 0],
    [5, 0],
    [6, 60],
    [7, 120],
    [8, 240],
    [10, 960],
    [11, 1920],
    [12, 3600],
    [40, 3600],
  ])("after %d failures the next try waits %d s", (failures, seconds) => {
    expect(delayAfterFailures(failures)).toBe(seconds);
  });
});

test("the pair key holds the email and the address bucket", () => {
  expect(pairThrottleKey("a@example.com", "203.0.113.7")).toBe("sign-in:pair:a@example.com|203.0.113.7");
});
