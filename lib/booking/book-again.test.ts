import { describe, expect, test } from "vitest";
import { bookAgainHref } from "./book-again";

const staffId = "5d1c7a40-2f7b-4d3e-9a41-0c8e6b2f1a10";
const visit = (status: string, patch: { serviceActive?: boolean; staffActive?: boolean } = {}) => ({
  status,
  service: { slug: "deep-pore-cleansing-facial", active: patch.serviceActive ?? true },
  staff: { id: staffId, active: patch.staffActive ?? true },
});

describe("bookAgainHref", () => {
  test.each([
    {
      name: "cancelled: the same treatment and esthetician",
      visit: visit("CANCELLED"),
      expected: `/book?service=deep-pore-cleansing-facial&staff=${staffId}`,
    },
    {
      name: "cancelled late: the same",
      visit: visit("LATE_CANCELLED"),
      expected: `/book?service=deep-pore-cleansing-facial&staff=${staffId}`,
    },
    {
      name: "the esthetician has left: the treatment only",
      visit: visit("CANCELLED", { staffActive: false }),
      expected: "/book?service=deep-pore-cleansing-facial",
    },
    { name: "the treatment is no longer offered: none", visit: visit("CANCELLED", { serviceActive: false }), expected: null },
    ...["BOOKED", "CHECKED_IN", "COMPLETED", "NO_SHOW", "HELD"].map((status) => ({
      name: `${status}: none`,
      visit: visit(status),
      expected: null,
    })),
  ])("$name", ({ visit, expected }) => {
    expect(bookAgainHref(visit)).toBe(expected);
  });
});
