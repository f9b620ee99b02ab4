"use client";

import type { CalendarGrid, GridBlock, GridColumn } from "@/lib/booking/calendar-grid";
import { formatMinuteOfDay } from "@/lib/format/calendar";
import { blocksAnchoredAt, cellState, rowMinute, rowOf, type Position } from "./grid-model";
import { cellLabel } from "./labels";
import { GridBlockButton, PX_PER_MINUTE } from "./GridBlockButton";

const STATE_BACKGROUND = {
  free: "bg-white hover:bg-brand-50",
  break: "bg-stone-200",
  closed: "bg-stone-300/70",
  "time-off": "bg-[repeating-linear-gradient(45deg,#e7e5e4,#e7e5e4_6px,#d6d3d1_6px,#d6d3d1_12px)]",
  block: "bg-white",
} as const;

export type GridCellProps = {
  grid: CalendarGrid;
  column: GridColumn;
  position: Position;
  active: Position;
  rowHeight: number;
  nowMinute: number | null;
  bookable: boolean;
  columnLabel: string;
  moving: ReadonlySet<string>;
  ghost: { block: GridBlock; startMinute: number } | null;
  onActivate: (position: Position) => void;
  onBlockPointerDown: (event: React.PointerEvent, block: GridBlock) => void;
  consumeSuppressedClick: () => boolean;
};

/** One slot of one column: its state as a background, the visits that start in it, the drag ghost and the "now" line. */
export function GridCell(props: GridCellProps) {
  const { grid, column, position, rowHeight } = props;
  const state = cellState(grid, column, position.row);
  const minute = rowMinute(grid, position.row);
  const time = formatMinuteOfDay(minute);
  const anchored = blocksAnchoredAt(grid, column, position.row);
  const covered = state.kind === "block";
  const pos = `${position.row}:${position.col}`;
  const activeHere = props.active.row === position.row && props.active.col === position.col;
  const showNow = props.nowMinute !== null && props.nowMinute >= minute && props.nowMinute < minute + grid.slotMinutes;
  const ghostHere = props.ghost && rowOf(grid, ghostBlockedStart(props.ghost)) === position.row ? props.ghost : null;
  return (
    <div
      role="gridcell"
      aria-colindex={position.col + 2}
      data-cell=""
      data-row={position.row}
      data-col={position.col}
      data-pos={covered ? undefined : pos}
      tabIndex={covered ? undefined : activeHere && !props.active.blockId ? 0 : -1}
      aria-label={covered ? undefined : cellLabel(state, time, props.columnLabel, props.bookable)}
      onClick={() => (covered ? undefined : props.onActivate(position))}
      className={`relative min-w-40 flex-1 border-l border-stone-200 outline-offset-[-2px] ${minute % 60 === 0 ? "border-t border-t-stone-300" : ""} ${STATE_BACKGROUND[state.kind]} ${props.bookable && state.kind === "free" ? "cursor-pointer" : ""}`}
      style={{ height: rowHeight }}
    >
      {anchored.map((block) => (
        <GridBlockButton
          key={block.id}
          block={block}
          grid={grid}
          top={(block.blockedStartMinute - minute) * PX_PER_MINUTE}
          pos={pos}
          active={props.active.blockId === block.id}
          moving={props.moving.has(block.id)}
          onClick={() => {
            if (!props.consumeSuppressedClick()) props.onActivate({ ...position, blockId: block.id });
          }}
          onPointerDown={(event) => props.onBlockPointerDown(event, block)}
        />
      ))}
      {ghostHere && (
        <div
          aria-hidden
          className="pointer-events-none absolute inset-x-1 z-20 rounded border-2 border-dashed border-brand-700 bg-brand-50/70"
          style={{
            top: (ghostBlockedStart(ghostHere) - minute) * PX_PER_MINUTE,
            height: (ghostHere.block.blockedEndMinute - ghostHere.block.blockedStartMinute) * PX_PER_MINUTE,
          }}
        >
          <span className="block px-1 text-xs font-medium">{formatMinuteOfDay(ghostHere.startMinute)}</span>
        </div>
      )}
      {showNow && (
        <div
          aria-hidden
          className="pointer-events-none absolute inset-x-0 z-20 h-0.5 bg-red-600"
          style={{ top: (props.nowMinute! - minute) * PX_PER_MINUTE }}
        />
      )}
    </div>
  );
}

function ghostBlockedStart(ghost: { block: GridBlock; startMinute: number }): number {
  return ghost.startMinute - (ghost.block.startMinute - ghost.block.blockedStartMinute);
}
