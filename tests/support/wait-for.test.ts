import { describe, expect, test } from "vitest";
import { waitFor } from "./wait-for";

describe("waitFor", () => {
  test("polls until the condition holds and returns that observation", async () => {
    let calls = 0;
    const value = await waitFor(() => ++calls, { until: (count) => count >= 3, description: "three calls", intervalMs: 1 });
    expect(value).toBe(3);
    expect(calls).toBe(3);
  });

  test("without a condition, waits for a truthy value (an async one too)", async () => {
    const values = [null, "", "ready"];
    expect(await waitFor(async () => values.shift(), { description: "a value", intervalMs: 1 })).toBe("ready");
  });

  test("on timeout, says what it waited for and what it last saw", async () => {
    const rows = [{ id: "m1", state: "QUEUED", html: "<p>long</p>" }];
    const waiting = waitFor(() => rows, {
      until: (list) => list.every((row) => row.state === "SENT"),
      show: (list) => list.map((row) => row.state),
      description: "the confirmation to be SENT",
      timeoutMs: 30,
      intervalMs: 5,
    });
    await expect(waiting).rejects.toThrow("Timed out after 30 ms waiting for the confirmation to be SENT; last observed: [ 'QUEUED' ]");
  });

  test("an observation that throws fails at once with its own error", async () => {
    const failing = waitFor(() => Promise.reject(new Error("connection refused")), { description: "anything" });
    await expect(failing).rejects.toThrow("connection refused");
  });
});
