import type { CalendarGrid, GridBlock, GridColumn } from "@/lib/booking/calendar-grid";

/**
 * The time grid as cells: rows on the spa's slot interval, a column per esthetician, room or day.
 * Pure, so the keyboard navigation and the cell states are unit-tested without a browser.
 */
export type CellState =
  | { kind: "free" }
  | { kind: "closed" }
  | { kind: "break" }
  | { kind: "time-off"; reason: string }
  | { kind: "block"; block: GridBlock; anchor: boolean };

/** A cell, or (with `blockId`) the visit anchored in it: two short visits can share a row. */
export type Position = { row: number; col: number; blockId?: string };

export function rowCount(grid: Pick<CalendarGrid, "startMinute" | "endMinute" | "slotMinutes">): number {
  return Math.max(1, Math.ceil((grid.endMinute - grid.startMinute) / grid.slotMinutes));
}

export function rowMinute(grid: Pick<CalendarGrid, "startMinute" | "slotMinutes">, row: number): number {
  return grid.startMinute + row * grid.slotMinutes;
}

/** The row holding `minute` (a block is anchored in the row its blocked range starts in). */
export function rowOf(grid: Pick<CalendarGrid, "startMinute" | "slotMinutes">, minute: number): number {
  return Math.max(0, Math.floor((minute - grid.startMinute) / grid.slotMinutes));
}

const covers = (range: { startMinute: number; endMinute: number }, from: number, to: number) =>
  range.startMinute < to && range.endMinute > from;

/** The visits whose blocked range starts in `row` (drawn from there; back-to-back ones can share a row). */
export function blocksAnchoredAt(grid: CalendarGrid, column: GridColumn, row: number): GridBlock[] {
  return column.blocks.filter((block) => rowOf(grid, block.blockedStartMinute) === row);
}

/**
 * What one cell is: part of a visit, time off, open (free), a break between open ranges, or
 * closed. A row two visits share belongs to the one holding the row's first minute.
 */
export function cellState(grid: CalendarGrid, column: GridColumn, row: number): CellState {
  const from = rowMinute(grid, row);
  const to = from + grid.slotMinutes;
  const covering = column.blocks.filter((b) => covers({ startMinute: b.blockedStartMinute, endMinute: b.blockedEndMinute }, from, to));
  const block = covering.find((b) => b.blockedStartMinute <= from) ?? covering[0];
  if (block) return { kind: "block", block, anchor: rowOf(grid, block.blockedStartMinute) === row };
  const timeOff = column.timeOff.find((t) => covers(t, from, to));
  if (timeOff) return { kind: "time-off", reason: timeOff.reason };
  if (column.working.some((range) => range.startMinute <= from && range.endMinute > from)) return { kind: "free" };
  const first = column.working[0];
  const last = column.working[column.working.length - 1];
  return first && last && from >= first.startMinute && from < last.endMinute ? { kind: "break" } : { kind: "closed" };
}

/** The rows a block covers (its anchor row to the row its blocked range ends in). */
export function blockRows(grid: CalendarGrid, block: GridBlock): { first: number; last: number } {
  const first = rowOf(grid, block.blockedStartMinute);
  const last = Math.max(first, Math.ceil((block.blockedEndMinute - grid.startMinute) / grid.slotMinutes) - 1);
  return { first, last: Math.min(last, rowCount(grid) - 1) };
}

/** Where focus lands for a cell: a cell inside a visit focuses the visit (its anchor row). */
export function focusTarget(grid: CalendarGrid, position: Position): Position {
  const column = grid.columns[position.col];
  if (!column) return position;
  const state = cellState(grid, column, position.row);
  return state.kind === "block"
    ? { row: rowOf(grid, state.block.blockedStartMinute), col: position.col, blockId: state.block.id }
    : { row: position.row, col: position.col };
}

/** The visit a position stands for, if any. */
export function blockAt(grid: CalendarGrid, position: Position): GridBlock | null {
  const column = grid.columns[position.col];
  if (!column) return null;
  if (position.blockId) return column.blocks.find((block) => block.id === position.blockId) ?? null;
  const state = cellState(grid, column, position.row);
  return state.kind === "block" ? state.block : null;
}

export type NavigationKey = "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight" | "Home" | "End" | "PageUp" | "PageDown";

/**
 * The grid pattern's keys (WAI-ARIA APG): arrows move a cell (over a visit, by the whole visit),
 * Home/End to the first/last column of the row (with Ctrl, the first/last cell), PageUp/PageDown
 * an hour. `columns` limits left/right to the columns shown (one at a time on a phone).
 */
export function navigate(
  grid: CalendarGrid,
  from: Position,
  key: NavigationKey,
  options: { ctrl?: boolean; columns?: readonly number[] } = {},
): Position {
  const rows = rowCount(grid);
  const visible = options.columns ?? grid.columns.map((_, index) => index);
  const current = blockAt(grid, from);
  const span = current ? blockRows(grid, current) : { first: from.row, last: from.row };
  const clampRow = (row: number) => Math.min(rows - 1, Math.max(0, row));
  const hour = Math.max(1, Math.round(60 / grid.slotMinutes));
  const at = visible.indexOf(from.col);
  let next: Position = from;
  switch (key) {
    case "ArrowUp":
      next = { row: clampRow(span.first - 1), col: from.col };
      break;
    case "ArrowDown":
      next = { row: span.last + 1 < rows ? span.last + 1 : from.row, col: from.col };
      break;
    case "ArrowLeft":
      next = { row: from.row, col: visible[Math.max(0, at - 1)] ?? from.col };
      break;
    case "ArrowRight":
      next = { row: from.row, col: visible[Math.min(visible.length - 1, at + 1)] ?? from.col };
      break;
    case "Home":
      next = options.ctrl ? { row: 0, col: visible[0] ?? 0 } : { row: from.row, col: visible[0] ?? from.col };
      break;
    case "End":
      next = options.ctrl
        ? { row: rows - 1, col: visible[visible.length - 1] ?? 0 }
        : { row: from.row, col: visible[visible.length - 1] ?? from.col };
      break;
    case "PageUp":
      next = { row: clampRow(from.row - hour), col: from.col };
      break;
    case "PageDown":
      next = { row: clampRow(span.last + hour), col: from.col };
      break;
  }
  return focusTarget(grid, next);
}

/** The first cell worth focusing: the first visit or free cell at or after `minute`, else the top. */
/**
 * The column a grid opens on: in a week, the day that was asked for (the date in the URL, kept
 * through Today/previous/next and after a change), not always Monday; otherwise the first column.
 * A phone shows this one column, so it must be the selected day.
 */
export function selectedColumn(grid: Pick<CalendarGrid, "view" | "date" | "columns">): number {
  if (grid.view !== "week") return 0;
  return Math.max(
    0,
    grid.columns.findIndex((column) => column.date === grid.date),
  );
}

export function initialPosition(grid: CalendarGrid, minute: number | null, col = 0): Position {
  const start = minute === null ? 0 : Math.min(rowCount(grid) - 1, rowOf(grid, minute));
  const column = grid.columns[col];
  if (!column) return { row: 0, col: 0 };
  for (let row = start; row < rowCount(grid); row++) {
    const kind = cellState(grid, column, row).kind;
    if (kind === "free" || kind === "block") return focusTarget(grid, { row, col });
  }
  return focusTarget(grid, { row: start, col });
}

/** The wall-clock minute now in `timeZone`, and its date (for the line at the current time). */
export function wallClockNow(now: Date, timeZone: string): { date: string; minute: number } {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "00";
  return { date: `${part("year")}-${part("month")}-${part("day")}`, minute: Number(part("hour")) * 60 + Number(part("minute")) };
}

/** Visits being moved, by id: the column and start they are drawn at until the server answers. */
export type Moving = Map<string, { col: number; startMinute: number }>;

/** The visit `blockId` on the grid, or null. */
export function findBlock(grid: CalendarGrid, blockId: string): GridBlock | null {
  for (const column of grid.columns) for (const block of column.blocks) if (block.id === blockId) return block;
  return null;
}

/** The grid with visits being moved drawn at their new place (until the server answers). */
export function withMoves(grid: CalendarGrid, moving: Moving): CalendarGrid {
  if (moving.size === 0) return grid;
  const moved: { col: number; block: GridBlock }[] = [];
  const columns = grid.columns.map((column) => ({
    ...column,
    blocks: column.blocks.filter((block) => {
      const target = moving.get(block.id);
      if (!target) return true;
      const shift = target.startMinute - block.startMinute;
      moved.push({
        col: target.col,
        block: {
          ...block,
          startMinute: block.startMinute + shift,
          endMinute: block.endMinute + shift,
          blockedStartMinute: block.blockedStartMinute + shift,
          blockedEndMinute: block.blockedEndMinute + shift,
        },
      });
      return false;
    }),
  }));
  for (const { col, block } of moved) columns[col]?.blocks.push(block);
  return { ...grid, columns };
}
