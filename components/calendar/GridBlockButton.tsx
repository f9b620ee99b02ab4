import { appointmentStatusLabel } from "@/components/booking/appointment-status";
import type { CalendarGrid, GridBlock } from "@/lib/booking/calendar-grid";
import { formatMinuteOfDay } from "@/lib/format/calendar";
import { flagBadge, INTAKE_BADGES, STATUS_STYLES } from "./labels";

/** The grid's vertical scale: one minute of the day in CSS pixels. */
export const PX_PER_MINUTE = 1.6;

/**
 * One visit on the time grid: its preparation and cleanup hatched either side, the service in
 * the status colour. Its own text (time, client, service, status, badges) is its accessible name.
 */
export function GridBlockButton(props: {
  block: GridBlock;
  grid: CalendarGrid;
  top: number;
  pos: string;
  active: boolean;
  moving: boolean;
  onClick: () => void;
  onPointerDown: (event: React.PointerEvent) => void;
}) {
  const { block } = props;
  const before = (block.startMinute - block.blockedStartMinute) * PX_PER_MINUTE;
  const service = Math.max((block.endMinute - block.startMinute) * PX_PER_MINUTE, 14);
  const after = (block.blockedEndMinute - block.endMinute) * PX_PER_MINUTE;
  const badges = [INTAKE_BADGES[block.intake], flagBadge(block.flag), block.needsReview ? "Needs review" : null].filter(
    Boolean,
  ) as string[];
  return (
    <button
      type="button"
      data-block={block.id}
      data-pos={props.pos}
      tabIndex={props.active ? 0 : -1}
      onClick={props.onClick}
      onPointerDown={props.onPointerDown}
      className={`absolute inset-x-1 z-10 flex flex-col overflow-hidden rounded text-left text-xs shadow-sm ${props.moving ? "opacity-60" : ""} ${block.status === "BOOKED" ? "cursor-grab" : ""}`}
      style={{ top: props.top, height: before + service + after }}
    >
      {before > 0 && (
        <span
          aria-hidden
          className="w-full shrink-0 bg-[repeating-linear-gradient(135deg,#d6d3d1,#d6d3d1_3px,#f5f5f4_3px,#f5f5f4_6px)]"
          style={{ height: before }}
        />
      )}
      {/* The visit's own text is the button's accessible name: time, client, service, status, badges. */}
      <span
        className={`w-full shrink-0 overflow-hidden border-l-4 px-1 py-0.5 leading-tight ${STATUS_STYLES[block.status]}`}
        style={{ height: service }}
      >
        <span className="block truncate font-semibold">
          {formatMinuteOfDay(block.startMinute)} {block.clientName}
        </span>
        <span className="block truncate">
          {block.serviceName}
          <span className="sr-only">,</span>
        </span>
        <span className="block truncate">
          {props.moving ? "Moving…" : appointmentStatusLabel(block.status)}
          {badges.map((badge) => (
            <span key={badge}>
              <span className="sr-only">,</span> <span className="rounded bg-white/80 px-1 font-medium text-red-800">{badge}</span>
            </span>
          ))}
        </span>
      </span>
      {after > 0 && (
        <span
          aria-hidden
          className="w-full shrink-0 bg-[repeating-linear-gradient(135deg,#d6d3d1,#d6d3d1_3px,#f5f5f4_3px,#f5f5f4_6px)]"
          style={{ height: after }}
        />
      )}
    </button>
  );
}
