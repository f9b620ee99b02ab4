import { describe, expect, test } from "vitest";
import { DatabaseBusyError, isDatabaseBusy } from "@/lib/errors/unavailable";
import { Admission } from "./admission";

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};

describe("Admission", () => {
  test("runs at most `limit` at once, the rest in order", async () => {
    const admission = new Admission(2);
    const gates = [deferred(), deferred(), deferred(), deferred()];
    const started: number[] = [];
    const runs = gates.map((gate, i) =>
      admission.run(async () => {
        started.push(i);
        await gate.promise;
        return i;
      }, 5_000),
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    expect(admission.queued).toBe(2);
    gates[1]!.resolve();
    await runs[1];
    await new Promise((r) => setTimeout(r, 0));
    expect(started).toEqual([0, 1, 2]);
    for (const gate of gates) gate.resolve();
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3]);
    expect(admission.queued).toBe(0);
  });

  test("tells the work whether it waited for its turn", async () => {
    const admission = new Admission(1);
    const gate = deferred();
    const first = admission.run(async (waited) => {
      await gate.promise;
      return waited;
    }, 1_000);
    const second = admission.run(async (waited) => waited, 1_000);
    gate.resolve();
    expect(await Promise.all([first, second])).toEqual([false, true]);
  });

  test("a waiter past its bound fails as busy (503), and the queue moves on without it", async () => {
    const admission = new Admission(1);
    const gate = deferred();
    const first = admission.run(() => gate.promise, 1_000);
    const late = admission.run(async () => "never", 20).catch((error: unknown) => error);
    const error = await late;
    expect(error).toBeInstanceOf(DatabaseBusyError);
    expect(isDatabaseBusy(error)).toBe(true);
    expect(admission.queued).toBe(0);
    gate.resolve();
    await first;
    expect(await admission.run(async () => "next", 1_000)).toBe("next");
  });

  test("a failing piece of work frees its turn", async () => {
    const admission = new Admission(1);
    await expect(admission.run(() => Promise.reject(new Error("boom")), 1_000)).rejects.toThrow("boom");
    expect(await admission.run(async () => "after", 50)).toBe("after");
  });
});
