"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import type { ServerAction } from "@/lib/actions/types";
import type { CalendarGrid, GridBlock, GridColumn } from "@/lib/booking/calendar-grid";
import type { AdminMoveInput } from "@/lib/booking/schema";
import { formatLocalDate, formatMinuteOfDay } from "@/lib/format/calendar";
import { wallMinuteToInstant } from "@/lib/scheduling/wall-time";
import { BookingPanel, type BookingActions } from "./BookingPanel";
import {
  cellState,
  findBlock,
  initialPosition,
  rowCount,
  rowMinute,
  selectedColumn,
  wallClockNow,
  withMoves,
  type Moving,
  type Position,
} from "./grid-model";
import { TimeGrid, type DropTarget } from "./TimeGrid";
import { useScheduleFeed } from "./use-schedule-feed";
import { VisitPanel, type VisitActions } from "./VisitPanel";

type Props = {
  grid: CalendarGrid;
  label: string;
  /** Present for the desk and admins: empty cells of an esthetician's column open the booking panel. */
  booking?: BookingActions;
  visit: VisitActions & { move?: ServerAction<AdminMoveInput, unknown> };
  canComplete: boolean;
  canOpenChart: boolean;
  clientLinks: boolean;
};

type Panel = { kind: "book"; position: Position } | { kind: "visit"; blockId: string; position: Position } | null;

/**
 * The calendar: the time grid, its side panel (booking an empty cell, or a visit's actions) and
 * live updates. A drop or a move shows at once ("Moving…"); the server re-checks, and on a
 * refusal the visit goes back and the reason is shown. Other people's changes arrive through the
 * live feed and re-render the page's data in place.
 */
export function CalendarBoard(props: Props) {
  const router = useRouter();
  const id = useId();
  const [active, setActive] = useState<Position>(() => initialPosition(props.grid, null, selectedColumn(props.grid)));
  // Today/previous/next and the date picker keep this component: a week opens on the newly
  // selected day; a day view keeps the esthetician or room being looked at. A refresh after a
  // change keeps the date, so the day the user was on stays shown.
  const [shownDate, setShownDate] = useState(props.grid.date);
  if (shownDate !== props.grid.date) {
    setShownDate(props.grid.date);
    const col = props.grid.view === "week" ? selectedColumn(props.grid) : Math.min(active.col, props.grid.columns.length - 1);
    setActive(initialPosition(props.grid, null, Math.max(col, 0)));
  }
  const [panel, setPanel] = useState<Panel>(null);
  const [moving, setMoving] = useState<Moving>(new Map());
  const [announcement, setAnnouncement] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [now, setNow] = useState<{ date: string; minute: number } | null>(null);
  const [narrow, setNarrow] = useState(false);
  const panelHeading = useRef<HTMLHeadingElement>(null);
  const { timeZone } = props.grid;

  useEffect(() => {
    const tick = () => setNow(wallClockNow(new Date(), timeZone));
    tick();
    const timer = setInterval(tick, 30_000);
    return () => clearInterval(timer);
  }, [timeZone]);

  useEffect(() => {
    const query = window.matchMedia("(max-width: 639px)");
    const update = () => setNarrow(query.matches);
    update();
    query.addEventListener("change", update);
    return () => query.removeEventListener("change", update);
  }, []);

  const refresh = useCallback(() => router.refresh(), [router]);
  const status = useScheduleFeed({ dates: props.grid.dates, onChange: refresh });

  const grid = useMemo(() => withMoves(props.grid, moving), [props.grid, moving]);
  const visibleColumns = narrow ? [Math.min(active.col, grid.columns.length - 1)] : grid.columns.map((_, index) => index);
  const columnLabel = (column: GridColumn) => (grid.view === "week" ? formatLocalDate(column.date, "weekday-short") : column.label);
  const canBook = (column: GridColumn) => !!props.booking && column.staffId !== null;

  useEffect(() => {
    if (panel) panelHeading.current?.focus();
  }, [panel]);

  const closePanel = () => {
    setPanel(null);
    const selector = active.blockId ? `[data-block="${active.blockId}"]` : `[data-pos="${active.row}:${active.col}"]`;
    requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());
  };

  const onActivateCell = (position: Position) => {
    const column = grid.columns[position.col];
    if (!column) return;
    const state = cellState(grid, column, position.row);
    if (state.kind === "free" && canBook(column)) {
      setProblem(null);
      setPanel({ kind: "book", position });
    } else if (props.booking && column.staffId) {
      setAnnouncement(
        `${formatMinuteOfDay(rowMinute(grid, position.row))} is not bookable: ${state.kind === "time-off" ? "time off" : state.kind === "break" ? "a break" : "outside working hours"}.`,
      );
    }
  };

  const move = async (
    block: GridBlock,
    target: { staffId: string; date: string; minute: number },
    col: number | null,
  ): Promise<string | null> => {
    const startsAt = wallMinuteToInstant(target.date, target.minute, timeZone);
    if (!startsAt || !props.visit.move) return "Choose a date and a time.";
    if (target.staffId === block.staffId && startsAt.toISOString() === block.startsAt) return null;
    setProblem(null);
    if (col !== null) setMoving((current) => new Map(current).set(block.id, { col, startMinute: target.minute }));
    const result = await props.visit.move({ appointmentId: block.id, staffId: target.staffId, startsAt: startsAt.toISOString() });
    setMoving((current) => {
      const next = new Map(current);
      next.delete(block.id);
      return next;
    });
    if (!result.ok) {
      setProblem(`${block.clientName}'s visit stayed where it was: ${result.message}`);
      return result.message;
    }
    const staffName = grid.staff.find((member) => member.id === target.staffId)?.name ?? "the esthetician";
    setAnnouncement(
      `Moved ${block.clientName} to ${formatLocalDate(target.date, "weekday-short")}, ${formatMinuteOfDay(target.minute)} with ${staffName}.`,
    );
    setPanel(null);
    refresh();
    return null;
  };

  const onDrop = (block: GridBlock, target: DropTarget) => {
    const column = grid.columns[target.col];
    if (!column?.staffId) return;
    void move(block, { staffId: column.staffId, date: column.date, minute: target.startMinute }, target.col);
  };

  const done = (message: string) => {
    setAnnouncement(message);
    setProblem(null);
    closePanel();
    refresh();
  };

  const panelBlock = panel?.kind === "visit" ? findBlock(grid, panel.blockId) : null;
  const bookColumn = panel?.kind === "book" ? grid.columns[panel.position.col] : null;
  const bookMinute = panel?.kind === "book" ? rowMinute(grid, panel.position.row) : 0;
  const times = Array.from({ length: rowCount(grid) }, (_, row) => rowMinute(grid, row));

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p role="status" className="text-sm text-green-800">
          {announcement}
        </p>
        <p className="text-xs text-stone-600" aria-live="polite">
          {status === "live"
            ? "● Live: changes appear as they happen"
            : status === "reconnecting"
              ? "Reconnecting to live updates…"
              : "Connecting to live updates…"}
        </p>
      </div>
      {problem && (
        <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {problem}
        </p>
      )}
      {narrow && grid.columns.length > 1 && (
        <div className="flex items-end gap-2">
          <div className="flex-1">
            <label htmlFor={`${id}-column`} className="block text-sm font-medium">
              Showing
            </label>
            <select
              id={`${id}-column`}
              value={visibleColumns[0]}
              onChange={(event) => setActive({ row: active.row, col: Number(event.target.value) })}
              className="min-h-11 w-full rounded-lg border border-stone-300 bg-white px-2"
            >
              {grid.columns.map((column, index) => (
                <option key={column.key} value={index}>
                  {columnLabel(column)}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
      <div className="flex flex-col gap-4 lg:flex-row lg:items-start">
        <div className="min-w-0 flex-1">
          <TimeGrid
            grid={grid}
            label={props.label}
            columnLabel={columnLabel}
            visibleColumns={visibleColumns}
            active={active}
            onActiveChange={setActive}
            now={now}
            movingIds={new Set(moving.keys())}
            canBook={canBook}
            canDrag={!!props.visit.move}
            onActivateCell={onActivateCell}
            onActivateBlock={(block, position) => {
              setProblem(null);
              setPanel({ kind: "visit", blockId: block.id, position });
            }}
            onDrop={onDrop}
          />
          <p className="mt-2 text-xs text-stone-600">
            Times in the spa&apos;s zone ({timeZone}). Hatched ends of a visit are its preparation and cleanup; grey is a break or outside
            working hours; stripes are time off.
            {props.visit.move ? " Drag a visit to move it, or open it and use Move." : ""}
          </p>
        </div>
        {panel && (
          <section
            aria-labelledby={`${id}-panel`}
            // Escape closes the panel and puts focus back on the cell or visit it came from (a list
            // inside it that Escape closes first, the client picker's, stops the key there).
            onKeyDown={(event) => {
              if (event.key !== "Escape" || event.defaultPrevented) return;
              event.preventDefault();
              closePanel();
            }}
            className="w-full shrink-0 rounded-xl border border-stone-300 bg-white p-4 lg:sticky lg:top-4 lg:w-96"
          >
            <h2 id={`${id}-panel`} ref={panelHeading} tabIndex={-1} className="mb-3 text-lg font-semibold">
              {panel.kind === "book" ? "New appointment" : (panelBlock?.clientName ?? "Appointment")}
            </h2>
            <div>
              {panel.kind === "book" && bookColumn?.staffId && props.booking && (
                <BookingPanel
                  key={`${bookColumn.key}-${bookMinute}`}
                  {...props.booking}
                  staffId={bookColumn.staffId}
                  staffName={grid.staff.find((member) => member.id === bookColumn.staffId)?.name ?? bookColumn.label}
                  startsAt={wallMinuteToInstant(bookColumn.date, bookMinute, timeZone)?.toISOString() ?? ""}
                  whenLabel={`${formatLocalDate(bookColumn.date, "weekday")} at ${formatMinuteOfDay(bookMinute)}`}
                  onBooked={done}
                  onClose={closePanel}
                />
              )}
              {panel.kind === "visit" && panelBlock && (
                <VisitPanel
                  key={panelBlock.id}
                  {...props.visit}
                  block={panelBlock}
                  date={grid.columns[panel.position.col]?.date ?? grid.date}
                  move={props.visit.move ? { staff: grid.staff, times, onMove: (target) => move(panelBlock, target, null) } : undefined}
                  canComplete={props.canComplete}
                  chartHref={props.canOpenChart ? `/staff/appointments/${panelBlock.id}` : null}
                  clientHref={props.clientLinks ? `/admin/clients/${panelBlock.clientId}` : null}
                  onDone={done}
                  onClose={closePanel}
                />
              )}
              {panel.kind === "visit" && !panelBlock && <p className="text-sm text-stone-700">This visit is no longer on the calendar.</p>}
            </div>
          </section>
        )}
      </div>
    </div>
  );
}
