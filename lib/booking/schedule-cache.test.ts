import { describe, expect, test } from "vitest";
import { ScheduleCache } from "./schedule-cache";

const loader = (value: string) => {
  let calls = 0;
  return {
    load: async () => {
      calls++;
      return value;
    },
    get calls() {
      return calls;
    },
  };
};

describe("ScheduleCache", () => {
  test("reuses a value within a version and loads again at a new one", async () => {
    const cache = new ScheduleCache();
    const first = loader("v1");
    expect(await cache.get("spa", 1, "k", first.load)).toBe("v1");
    expect(await cache.get("spa", 1, "k", first.load)).toBe("v1");
    expect(first.calls).toBe(1);
    const second = loader("v2");
    expect(await cache.get("spa", 2, "k", second.load)).toBe("v2");
    expect(second.calls).toBe(1);
  });

  test("a newer version drops that location's older entries, not another location's", async () => {
    const cache = new ScheduleCache();
    await cache.get("spa", 1, "a", loader("a").load);
    await cache.get("spa", 1, "b", loader("b").load);
    await cache.get("other", 7, "a", loader("x").load);
    expect(cache.stats.entries).toBe(3);
    await cache.get("spa", 2, "a", loader("a2").load);
    expect(cache.stats.entries).toBe(2);
  });

  test("concurrent misses share one load", async () => {
    const cache = new ScheduleCache();
    const slow = loader("v");
    const values = await Promise.all(Array.from({ length: 10 }, () => cache.get("spa", 3, "k", slow.load)));
    expect(values).toEqual(Array(10).fill("v"));
    expect(slow.calls).toBe(1);
    expect(cache.stats).toMatchObject({ hits: 9, misses: 1 });
  });

  test("a failed load is not kept", async () => {
    const cache = new ScheduleCache();
    await expect(cache.get("spa", 1, "k", () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await cache.get("spa", 1, "k", loader("back").load)).toBe("back");
  });

  test("holds at most maxEntries, evicting the least recently used", async () => {
    const cache = new ScheduleCache(2);
    await cache.get("spa", 1, "a", loader("a").load);
    await cache.get("spa", 1, "b", loader("b").load);
    await cache.get("spa", 1, "a", loader("unused").load);
    await cache.get("spa", 1, "c", loader("c").load);
    expect(cache.stats.entries).toBe(2);
    // "a" was used after "b", so "b" went.
    const keptA = loader("not loaded");
    expect(await cache.get("spa", 1, "a", keptA.load)).toBe("a");
    expect(keptA.calls).toBe(0);
    const reloadB = loader("b again");
    expect(await cache.get("spa", 1, "b", reloadB.load)).toBe("b again");
    expect(reloadB.calls).toBe(1);
  });
});
