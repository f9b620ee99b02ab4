import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { LIB_LAYERS, forbiddenDomainsFor } from "./layers.mjs";

const libFolders = readdirSync(path.resolve(__dirname, "../../lib"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe("the layers of lib/", () => {
  test("place every lib/ folder exactly once, so the boundary rules cover all of them", () => {
    const placed = LIB_LAYERS.flat();
    expect(new Set(placed).size).toBe(placed.length);
    expect([...placed].sort()).toEqual([...libFolders].sort());
  });

  test("forbid a domain its own layer and everything above, never what is below", () => {
    expect(forbiddenDomainsFor("booking")).toEqual(expect.arrayContaining(["staff", "homecare", "consultation", "jobs"]));
    expect(forbiddenDomainsFor("booking")).not.toEqual(expect.arrayContaining(["intake"]));
    expect(forbiddenDomainsFor("intake")).toEqual(expect.arrayContaining(["catalog", "notify", "booking"]));
    expect(forbiddenDomainsFor("jobs")).toEqual([]);
    expect(forbiddenDomainsFor("dates")).not.toContain("dates");
  });

  test("refuse a folder that was never placed", () => {
    expect(() => forbiddenDomainsFor("billing")).toThrow(/not placed/);
  });
});
