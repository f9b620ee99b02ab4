import { describe, expect, test } from "vitest";
import type { CalendarGrid, GridBlock, GridColumn } from "@/lib/booking/calendar-grid";
import {
  blocksAnchoredAt,
  cellState,
  findBlock,
  initialPosition,
  navigate,
  rowCount,
  selectedColumn,
  wallClockNow,
  withMoves,
  type NavigationKey,
  type Position,
} from "./grid-model";

const block = (id: string, blockedStartMinute: number, blockedEndMinute: number): GridBlock => ({
  id,
  clientId: "c",
  clientName: "Client",
  clientPhone: null,
  serviceName: "Facial",
  staffId: "s1",
  staffName: "Ava",
  status: "BOOKED",
  startsAt: "2030-03-04T15:00:00.000Z",
  endsAt: "2030-03-04T16:00:00.000Z",
  startMinute: blockedStartMinute + 15,
  endMinute: blockedEndMinute - 15,
  blockedStartMinute,
  blockedEndMinute,
  intake: "current",
  flag: null,
  needsReview: false,
});

const column = (key: string, extra: Partial<GridColumn> = {}): GridColumn => ({
  key,
  label: key,
  date: "2030-03-04",
  staffId: key,
  working: [
    { startMinute: 540, endMinute: 720 },
    { startMinute: 780, endMinute: 1020 },
  ],
  timeOff: [],
  override: null,
  blocks: [],
  ...extra,
});

// 9:00–10:00 in 15-minute rows: row 0 = 9:00 … row 3 = 9:45; three columns.
const grid: CalendarGrid = {
  view: "staff",
  date: "2030-03-04",
  dates: ["2030-03-04"],
  timeZone: "America/New_York",
  slotMinutes: 15,
  startMinute: 480,
  endMinute: 1140,
  columns: [
    column("a", { blocks: [block("v1", 570, 630)] }),
    column("b", { timeOff: [{ startMinute: 600, endMinute: 660, reason: "Dentist" }] }),
    column("c"),
  ],
  staff: [],
  version: 1,
};

describe("cellState", () => {
  test.each([
    ["before opening", 0, 0, "closed"],
    ["open", 0, 4, "free"],
    ["inside a visit (its anchor row)", 0, 6, "block"],
    ["inside a visit (a later row)", 0, 9, "block"],
    ["time off", 1, 8, "time-off"],
    ["the lunch break", 2, 17, "break"],
    ["after closing", 2, 40, "closed"],
  ])("%s", (_name, col, row, kind) => {
    expect(cellState(grid, grid.columns[col]!, row).kind).toBe(kind);
  });

  test("a visit is anchored only in the row its blocked range starts", () => {
    expect(cellState(grid, grid.columns[0]!, 6)).toMatchObject({ kind: "block", anchor: true });
    expect(cellState(grid, grid.columns[0]!, 7)).toMatchObject({ kind: "block", anchor: false });
  });
});

describe("navigate (the grid pattern)", () => {
  test.each<[string, Position, NavigationKey, { ctrl?: boolean }, Position]>([
    ["down into a visit focuses the visit", { row: 5, col: 0 }, "ArrowDown", {}, { row: 6, col: 0, blockId: "v1" }],
    ["down from a visit jumps past it", { row: 6, col: 0, blockId: "v1" }, "ArrowDown", {}, { row: 10, col: 0 }],
    ["up from below a visit lands on it", { row: 10, col: 0 }, "ArrowUp", {}, { row: 6, col: 0, blockId: "v1" }],
    ["up from a visit jumps before it", { row: 6, col: 0, blockId: "v1" }, "ArrowUp", {}, { row: 5, col: 0 }],
    ["right from a visit keeps the row", { row: 6, col: 0, blockId: "v1" }, "ArrowRight", {}, { row: 6, col: 1 }],
    ["left into a visit's middle focuses the visit", { row: 8, col: 1 }, "ArrowLeft", {}, { row: 6, col: 0, blockId: "v1" }],
    ["right at the last column stays", { row: 3, col: 2 }, "ArrowRight", {}, { row: 3, col: 2 }],
    ["up at the top stays", { row: 0, col: 1 }, "ArrowUp", {}, { row: 0, col: 1 }],
    ["Home goes to the row's first column", { row: 3, col: 2 }, "Home", {}, { row: 3, col: 0 }],
    ["End goes to the row's last column", { row: 3, col: 0 }, "End", {}, { row: 3, col: 2 }],
    ["Ctrl+End goes to the last cell", { row: 3, col: 0 }, "End", { ctrl: true }, { row: 43, col: 2 }],
    ["PageDown moves an hour", { row: 0, col: 2 }, "PageDown", {}, { row: 4, col: 2 }],
  ])("%s", (_name, from, key, options, expected) => {
    expect(navigate(grid, from, key, options)).toEqual(expected);
  });

  test("left and right stay within the columns shown (one at a time on a phone)", () => {
    expect(navigate(grid, { row: 3, col: 1 }, "ArrowRight", { columns: [1] })).toEqual({ row: 3, col: 1 });
  });

  test("the bottom row stays put on ArrowDown", () => {
    expect(navigate(grid, { row: rowCount(grid) - 1, col: 2 }, "ArrowDown")).toEqual({ row: rowCount(grid) - 1, col: 2 });
  });
});

describe("selectedColumn", () => {
  const week: CalendarGrid = {
    ...grid,
    view: "week",
    date: "2030-03-07",
    dates: ["2030-03-04", "2030-03-05", "2030-03-06", "2030-03-07", "2030-03-08", "2030-03-09", "2030-03-10"],
    columns: ["2030-03-04", "2030-03-05", "2030-03-06", "2030-03-07", "2030-03-08", "2030-03-09", "2030-03-10"].map((date) =>
      column(date, { date }),
    ),
  };
  test.each([
    { name: "a week opens on the selected day (Thursday)", grid: week, expected: 3 },
    { name: "a week asked for by its Sunday", grid: { ...week, date: "2030-03-10" }, expected: 6 },
    { name: "a date outside the columns falls back to the first", grid: { ...week, date: "2030-04-01" }, expected: 0 },
    { name: "a day (columns are estheticians)", grid, expected: 0 },
  ])("$name → column $expected", ({ grid: g, expected }) => {
    expect(selectedColumn(g)).toBe(expected);
  });
});

describe("initialPosition", () => {
  test("starts at the first free cell or visit from the current time", () => {
    expect(initialPosition(grid, 600, 1)).toEqual({ row: 12, col: 1 });
    expect(initialPosition(grid, null, 0)).toEqual({ row: 4, col: 0 });
  });
});

describe("back-to-back visits sharing a row", () => {
  // v2 holds 9:30–10:10 and v3 10:10–11:00: both touch the 10:00 row.
  const shared: CalendarGrid = { ...grid, columns: [column("a", { blocks: [block("v2", 570, 610), block("v3", 610, 660)] })] };

  test("both are anchored where their time starts, and keyboard reaches each", () => {
    expect(blocksAnchoredAt(shared, shared.columns[0]!, 8).map((b) => b.id)).toEqual(["v3"]);
    expect(cellState(shared, shared.columns[0]!, 8)).toMatchObject({ kind: "block", block: { id: "v2" } });
    const onV2 = navigate(shared, { row: 5, col: 0 }, "ArrowDown");
    expect(onV2).toEqual({ row: 6, col: 0, blockId: "v2" });
    expect(navigate(shared, onV2, "ArrowDown")).toEqual({ row: 8, col: 0, blockId: "v3" });
  });
});

describe("wallClockNow", () => {
  test.each([
    ["2030-03-04T15:07:00Z", "America/New_York", { date: "2030-03-04", minute: 607 }],
    ["2030-03-04T04:30:00Z", "America/New_York", { date: "2030-03-03", minute: 23 * 60 + 30 }],
    ["2030-03-04T15:07:00Z", "Asia/Kolkata", { date: "2030-03-04", minute: 20 * 60 + 37 }],
  ])("%s in %s", (instant, zone, expected) => {
    expect(wallClockNow(new Date(instant), zone)).toEqual(expected);
  });
});

describe("withMoves (a drop shown before the server answers)", () => {
  test("no moves: the same grid", () => {
    expect(withMoves(grid, new Map())).toBe(grid);
  });

  test("a visit being moved is drawn in its target column at its new start, buffers and all", () => {
    const moved = withMoves(grid, new Map([["v1", { col: 2, startMinute: 660 }]]));
    expect(moved.columns[0]!.blocks).toEqual([]);
    expect(moved.columns[2]!.blocks).toEqual([
      { ...block("v1", 570, 630), startMinute: 660, endMinute: 690, blockedStartMinute: 645, blockedEndMinute: 705 },
    ]);
    expect(findBlock(moved, "v1")?.startMinute).toBe(660);
    expect(grid.columns[0]!.blocks).toHaveLength(1);
  });

  test("findBlock: a visit that is not on the grid is null", () => {
    expect(findBlock(grid, "gone")).toBeNull();
  });
});
