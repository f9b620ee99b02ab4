import { describe, expect, test } from "vitest";
import { rebookPath } from "./rebook";

const visit = { serviceSlug: "deep-pore-facial", staffId: "7b0c2f1e-0000-4000-8000-000000000001" };

describe("rebookPath", () => {
  test.each([
    {
      name: "the window's first and last day as date and until",
      window: { from: "2030-04-09", to: "2030-04-23" },
      expected: `/book?service=deep-pore-facial&staff=${visit.staffId}&date=2030-04-09&until=2030-04-23`,
    },
    { name: "no window: the plain booking page", window: null, expected: "/book" },
  ] as const)("$name", ({ window, expected }) => {
    expect(rebookPath(visit, window)).toBe(expected);
  });

  test("the slug is encoded", () => {
    const path = rebookPath({ ...visit, serviceSlug: "a&b c" }, { from: "2030-04-09", to: "2030-04-23" });
    expect(new URL(path, "http://x").searchParams.get("service")).toBe("a&b c");
  });
});
