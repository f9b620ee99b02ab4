import { describe, expect, it } from "vitest";
import type { DeepPartial } from "@/lib/intake/draft";
import type { IntakeAnswers } from "@/lib/intake/schema";
import type { ContraindicationOptionsInput } from "./options";
import { flagById, flagsFor } from "@/tests/support/contraindications";

type Answers = DeepPartial<IntakeAnswers>;
// The visit is 2026-07-15 (VISIT in tests/support/contraindications.ts); each case names the date of its answer.
type Edge = [string, boolean];

const isotretinoin = (date: string): Answers => ({ actives: { isotretinoin: { status: "stopped", lastUsedOn: date } } });
const retinoid = (date: string): Answers => ({ actives: { topicalRetinoid: { status: "stopped", lastUsedOn: date } } });
const tanning = (date: string): Answers => ({ lifestyle: { tanning: { yes: true, date } } });
const waxing = (date: string): Answers => ({ hairRemoval: { waxing: { yes: true, date } } });
const microneedling = (date: string): Answers => ({ procedures: { microneedling: { yes: true, date } } });
const botox = (date: string): Answers => ({ procedures: { botox: { yes: true, date, areas: ["forehead"] } } });
const filler = (date: string): Answers => ({ procedures: { fillers: { yes: true, date, areas: ["lips"] } } });

interface WindowCase {
  id: string;
  answers: (date: string) => Answers;
  basis: RegExp;
  /** [answer date, fires on the visit] around the window's edge */
  edges: Edge[];
  options?: ContraindicationOptionsInput;
}

const WINDOW_CASES: WindowCase[] = [
  // "< 6 months": 5 months 29 days fires; exactly 6 months and 6 months 1 day do not.
  {
    id: "isotretinoin-recent",
    answers: isotretinoin,
    basis: /isotretinoin/,
    edges: [
      ["2026-01-16", true],
      ["2026-01-15", false],
      ["2026-01-14", false],
    ],
  },
  {
    id: "isotretinoin-extraction",
    answers: isotretinoin,
    basis: /isotretinoin/,
    edges: [
      ["2026-01-16", true],
      ["2026-01-15", false],
    ],
  },
  // "in the last 5 days": day 5 still counts (conservative), day 6 does not.
  {
    id: "topical-actives-recent",
    answers: retinoid,
    basis: /retinoid/,
    edges: [
      ["2026-07-10", true],
      ["2026-07-09", false],
    ],
  },
  {
    id: "topical-actives-recent",
    answers: retinoid,
    basis: /retinoid/,
    edges: [
      ["2026-07-12", true],
      ["2026-07-11", false],
    ],
    options: { activesStopDays: 3 },
  },
  {
    id: "topical-actives-recent",
    answers: retinoid,
    basis: /retinoid/,
    edges: [
      ["2026-07-01", true],
      ["2026-06-30", false],
    ],
    options: { activesStopDays: 14 },
  },
  // "in the last week"
  {
    id: "tanning-recent",
    answers: tanning,
    basis: /tanning/,
    edges: [
      ["2026-07-08", true],
      ["2026-07-07", false],
    ],
  },
  // "in last 5–7 days": 7 by default, 5 configurable
  {
    id: "hair-removal-recent",
    answers: waxing,
    basis: /waxing/,
    edges: [
      ["2026-07-08", true],
      ["2026-07-07", false],
    ],
  },
  {
    id: "hair-removal-recent",
    answers: waxing,
    basis: /waxing/,
    edges: [
      ["2026-07-10", true],
      ["2026-07-09", false],
    ],
    options: { hairRemovalDays: 5 },
  },
  // "in last 2–4 weeks": 28 days by default, 14 configurable
  {
    id: "skin-procedure-recent",
    answers: microneedling,
    basis: /microneedling/,
    edges: [
      ["2026-06-17", true],
      ["2026-06-16", false],
    ],
  },
  {
    id: "skin-procedure-recent",
    answers: microneedling,
    basis: /microneedling/,
    edges: [
      ["2026-07-01", true],
      ["2026-06-30", false],
    ],
    options: { procedureRecoveryWeeks: 2 },
  },
  // "< 14 days" / "< 21 days": day 13 / 20 fire, day 14 / 21 do not.
  {
    id: "botox-recent",
    answers: botox,
    basis: /botulinum/,
    edges: [
      ["2026-07-02", true],
      ["2026-07-01", false],
    ],
  },
  {
    id: "filler-recent",
    answers: filler,
    basis: /filler/,
    edges: [
      ["2026-06-25", true],
      ["2026-06-24", false],
    ],
  },
];

describe("windows, at their edges", () => {
  const rows = WINDOW_CASES.flatMap(({ edges, ...rest }) => edges.map(([date, fires]) => ({ ...rest, date, fires })));

  it.each(rows)("$id with the answer dated $date: fires $fires $options", ({ id, answers, date, fires, options, basis }) => {
    const flag = flagById(flagsFor(answers(date), { options }), id);
    if (!fires) return expect(flag).toBeUndefined();
    // Every last-firing date in the table is chosen so that the visit is the window's last day.
    expect(flag?.window).toEqual({ basis: expect.stringMatching(basis), from: date, until: "2026-07-16" });
  });

  it.each(WINDOW_CASES)("$id fires on the day of the answer and for an answer dated after the visit", ({ id, answers, options }) => {
    expect(flagById(flagsFor(answers("2026-07-15"), { options }), id)).toBeDefined();
    expect(flagById(flagsFor(answers("2026-07-20"), { options }), id)).toBeDefined();
  });
});

describe("calendar arithmetic", () => {
  it("counts months on the calendar and clamps to the month's end", () => {
    const stopped = isotretinoin("2026-08-31");
    expect(flagById(flagsFor(stopped, { visitDate: "2027-02-27" }), "isotretinoin-recent")?.window?.until).toBe("2027-02-28");
    expect(flagById(flagsFor(stopped, { visitDate: "2027-02-28" }), "isotretinoin-recent")).toBeUndefined();
  });

  it("crosses a leap day", () => {
    const waxed = waxing("2028-02-24");
    expect(flagById(flagsFor(waxed, { visitDate: "2028-03-02" }), "hair-removal-recent")?.window?.until).toBe("2028-03-03");
    expect(flagById(flagsFor(waxed, { visitDate: "2028-03-03" }), "hair-removal-recent")).toBeUndefined();
  });

  it("uses the latest of several dated answers", () => {
    const answers: Answers = {
      hairRemoval: { waxing: { yes: true, date: "2026-06-01" }, dermaplaning: { yes: true, date: "2026-07-13" } },
    };
    expect(flagById(flagsFor(answers), "hair-removal-recent")?.window?.from).toBe("2026-07-13");
  });

  it("has no window for what is ongoing", () => {
    const answers: Answers = { actives: { isotretinoin: { status: "current" }, topicalRetinoid: { status: "current" } } };
    expect(flagById(flagsFor(answers), "isotretinoin-recent")?.window).toBeNull();
    expect(flagById(flagsFor(answers), "topical-actives-recent")?.window).toBeNull();
  });

  it("refuses a visit date that is not a calendar date", () => {
    expect(() => flagsFor({}, { visitDate: "2026-02-30" })).toThrow(RangeError);
    expect(() => flagsFor({}, { visitDate: "15/07/2026" })).toThrow(RangeError);
  });
});
