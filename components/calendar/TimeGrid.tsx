"use client";

import { useEffect, useRef, useState } from "react";
import type { CalendarGrid, GridBlock, GridColumn } from "@/lib/booking/calendar-grid";
import { formatMinuteOfDay } from "@/lib/format/calendar";
import { blockAt, navigate, rowCount, rowMinute, rowOf, type NavigationKey, type Position } from "./grid-model";
import { PX_PER_MINUTE } from "./GridBlockButton";
import { GridCell } from "./GridCell";

const NAVIGATION_KEYS = new Set(["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End", "PageUp", "PageDown"]);

export type DropTarget = { col: number; startMinute: number };

type Props = {
  grid: CalendarGrid;
  label: string;
  columnLabel: (column: GridColumn) => string;
  /** Indices of the columns shown (one at a time on a phone). */
  visibleColumns: readonly number[];
  active: Position;
  onActiveChange: (position: Position) => void;
  /** Wall minute now, on `today` (the line at the current time). */
  now: { date: string; minute: number } | null;
  /** Visits being moved (drawn faded with "Moving…"). */
  movingIds: ReadonlySet<string>;
  canBook: (column: GridColumn) => boolean;
  canDrag: boolean;
  onActivateCell: (position: Position) => void;
  onActivateBlock: (block: GridBlock, position: Position) => void;
  onDrop: (block: GridBlock, target: DropTarget) => void;
};

type Drag = { block: GridBlock; grabMinute: number; x: number; y: number; started: boolean; target: DropTarget | null };

/**
 * The time grid (the WAI-ARIA grid pattern): rows on the spa's slot interval, a column per
 * esthetician, room or day. One cell or visit is in the tab order at a time (roving tabindex);
 * arrows, Home/End and PageUp/PageDown move; Enter opens the cell's booking panel or the visit's
 * actions. A visit can be dragged (mouse or pen) to another time or column; the actions panel
 * moves it by keyboard too.
 */
export function TimeGrid(props: Props) {
  const { grid, visibleColumns, active } = props;
  const root = useRef<HTMLDivElement>(null);
  const focusAfterRender = useRef(false);
  const [drag, setDrag] = useState<Drag | null>(null);
  const suppressClick = useRef(false);
  const rows = rowCount(grid);
  const rowHeight = grid.slotMinutes * PX_PER_MINUTE;

  useEffect(() => {
    if (!focusAfterRender.current) return;
    focusAfterRender.current = false;
    const selector = active.blockId ? `[data-block="${active.blockId}"]` : `[data-pos="${active.row}:${active.col}"]`;
    root.current?.querySelector<HTMLElement>(selector)?.focus();
  }, [active]);

  const moveTo = (next: Position) => {
    focusAfterRender.current = true;
    props.onActiveChange(next);
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    const position = positionOf(event.target);
    if (!position) return;
    if (NAVIGATION_KEYS.has(event.key)) {
      event.preventDefault();
      moveTo(navigate(grid, position, event.key as NavigationKey, { ctrl: event.ctrlKey || event.metaKey, columns: visibleColumns }));
    } else if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      activate(position);
    }
  };

  const activate = (position: Position) => {
    const block = blockAt(grid, position);
    if (block) {
      const at = { row: rowOf(grid, block.blockedStartMinute), col: position.col, blockId: block.id };
      props.onActiveChange(at);
      props.onActivateBlock(block, at);
    } else {
      props.onActiveChange(position);
      props.onActivateCell(position);
    }
  };

  const dropTargetAt = (x: number, y: number, held: Drag): DropTarget | null => {
    const cell = document.elementFromPoint(x, y)?.closest<HTMLElement>("[data-cell]");
    if (!cell || !root.current?.contains(cell)) return null;
    const col = Number(cell.dataset.col);
    const row = Number(cell.dataset.row);
    if (!grid.columns[col]?.staffId) return null;
    const within = (y - cell.getBoundingClientRect().top) / PX_PER_MINUTE;
    const pointerMinute = rowMinute(grid, row) + within;
    const startMinute = Math.round((pointerMinute - held.grabMinute) / grid.slotMinutes) * grid.slotMinutes;
    return { col, startMinute };
  };

  // The handlers attached at pointerdown read the latest render's hit-testing and drop callback.
  const latest = useRef({ dropTargetAt, onDrop: props.onDrop });
  useEffect(() => {
    latest.current = { dropTargetAt, onDrop: props.onDrop };
  });
  const endDrag = useRef<(() => void) | null>(null);
  useEffect(() => () => endDrag.current?.(), []);

  // Dragging: pointer events on the window while a visit is held, so it works over any element.
  // They are attached in the pointerdown handler itself, not after the next render, so a quick
  // drag on a slow device is not lost.
  const startDrag = (event: React.PointerEvent, block: GridBlock) => {
    if (!props.canDrag || block.status !== "BOOKED" || event.pointerType === "touch" || event.button !== 0) return;
    const top = (event.currentTarget as HTMLElement).getBoundingClientRect().top;
    const grabMinute = block.blockedStartMinute + (event.clientY - top) / PX_PER_MINUTE - block.startMinute;
    let held: Drag = { block, grabMinute, x: event.clientX, y: event.clientY, started: false, target: null };
    const onMove = (moved: PointerEvent) => {
      const started = held.started || Math.hypot(moved.clientX - held.x, moved.clientY - held.y) > 5;
      if (!started) return;
      held = { ...held, started, target: latest.current.dropTargetAt(moved.clientX, moved.clientY, held) };
      setDrag(held);
    };
    const onUp = (released: PointerEvent) => {
      stop();
      if (!held.started) return;
      suppressClick.current = true;
      const target = latest.current.dropTargetAt(released.clientX, released.clientY, held);
      if (target) latest.current.onDrop(held.block, target);
    };
    const stop = () => {
      window.removeEventListener("pointermove", onMove);
      window.removeEventListener("pointerup", onUp);
      window.removeEventListener("pointercancel", stop);
      endDrag.current = null;
      setDrag(null);
    };
    endDrag.current?.();
    window.addEventListener("pointermove", onMove);
    window.addEventListener("pointerup", onUp);
    window.addEventListener("pointercancel", stop);
    endDrag.current = stop;
    setDrag(held);
  };

  // The click that ends a drag must not also open the visit.
  const consumeSuppressedClick = () => {
    const suppressed = suppressClick.current;
    suppressClick.current = false;
    return suppressed;
  };

  const ghost = drag?.started && drag.target ? drag : null;
  return (
    <div
      ref={root}
      role="grid"
      aria-label={props.label}
      aria-rowcount={rows + 1}
      aria-colcount={grid.columns.length + 1}
      onKeyDown={onKeyDown}
      data-dragging={drag?.started ? "" : undefined}
      className="max-h-[75vh] overflow-auto rounded-xl border border-stone-300 bg-white [&[data-dragging]_[data-block]]:pointer-events-none"
    >
      <div role="row" aria-rowindex={1} className="sticky top-0 z-30 flex border-b border-stone-300 bg-stone-100">
        <div
          role="columnheader"
          aria-colindex={1}
          className="sticky left-0 z-10 w-20 shrink-0 bg-stone-100 px-2 py-2 text-xs font-semibold"
        >
          Time
        </div>
        {visibleColumns.map((col) => {
          const column = grid.columns[col]!;
          return (
            <div
              key={column.key}
              role="columnheader"
              aria-colindex={col + 2}
              className="min-w-40 flex-1 border-l border-stone-300 px-2 py-2 text-sm font-semibold"
            >
              {props.columnLabel(column)}
              <span className="block text-xs font-normal text-stone-600">{columnSummary(column)}</span>
            </div>
          );
        })}
      </div>
      {Array.from({ length: rows }, (_, row) => {
        const minute = rowMinute(grid, row);
        const onHour = minute % 60 === 0;
        return (
          <div key={row} role="row" aria-rowindex={row + 2} className="flex" style={{ height: rowHeight }}>
            <div
              role="rowheader"
              aria-colindex={1}
              className={`sticky left-0 z-20 w-20 shrink-0 bg-white px-2 text-right text-xs leading-none text-stone-600 ${onHour ? "border-t border-stone-300 pt-0.5" : ""}`}
            >
              <span className={onHour ? undefined : "sr-only"}>{formatMinuteOfDay(minute)}</span>
            </div>
            {visibleColumns.map((col) => (
              <GridCell
                key={grid.columns[col]!.key}
                grid={grid}
                column={grid.columns[col]!}
                position={{ row, col }}
                active={active}
                rowHeight={rowHeight}
                nowMinute={props.now && props.now.date === grid.columns[col]!.date ? props.now.minute : null}
                bookable={props.canBook(grid.columns[col]!)}
                columnLabel={props.columnLabel(grid.columns[col]!)}
                moving={props.movingIds}
                ghost={ghost && ghost.target!.col === col ? { block: ghost.block, startMinute: ghost.target!.startMinute } : null}
                onActivate={activate}
                onBlockPointerDown={startDrag}
                consumeSuppressedClick={consumeSuppressedClick}
              />
            ))}
          </div>
        );
      })}
    </div>
  );
}

function positionOf(target: EventTarget): Position | null {
  const element = (target as HTMLElement).closest?.<HTMLElement>("[data-pos]");
  const [row, col] = element?.dataset.pos?.split(":").map(Number) ?? [];
  if (row === undefined || col === undefined) return null;
  return element?.dataset.block ? { row, col, blockId: element.dataset.block } : { row, col };
}

function columnSummary(column: GridColumn): string {
  if (column.override?.dayOff) return `Day off${column.override.reason ? `: ${column.override.reason}` : ""}`;
  if (column.staffId === null) return "Room or equipment";
  const hours = column.working.map((w) => `${formatMinuteOfDay(w.startMinute)}–${formatMinuteOfDay(w.endMinute)}`).join(", ");
  return `${hours || "Not working"}${column.override ? ` (changed${column.override.reason ? `: ${column.override.reason}` : ""})` : ""}`;
}
