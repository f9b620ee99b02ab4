import { appointmentStatusLabel } from "@/components/booking/appointment-status";
import type { RoomColumn } from "@/lib/booking/calendar-queries";
import { formatMinuteOfDay } from "@/lib/format/calendar";
import { enumLabel } from "./labels";

/** A column per room or device: which visit holds it when, buffers included (the unit is held for them too). */
export function RoomCalendar({ rooms }: { rooms: RoomColumn[] }) {
  if (rooms.length === 0) return <p>No active rooms or equipment.</p>;
  return (
    <div className="flex gap-3 overflow-x-auto pb-2">
      {rooms.map((room) => (
        <section key={room.resourceId} aria-labelledby={`room-${room.resourceId}`} className="w-64 shrink-0">
          <h2 id={`room-${room.resourceId}`} className="font-semibold">
            {room.name}
          </h2>
          <p className="mb-2 text-xs text-stone-600">{enumLabel(room.kind)}</p>
          <ol aria-label={`${room.name}: visits`} className="space-y-2">
            {room.visits.length === 0 && <li className="text-sm text-stone-600">Free all day.</li>}
            {room.visits.map((v) => (
              <li key={v.id} className="rounded-lg border border-stone-200 bg-white p-3 text-sm">
                <p className="font-medium">
                  {formatMinuteOfDay(v.startMinute)}–{formatMinuteOfDay(v.endMinute)} · {v.clientName}
                </p>
                <p>
                  {v.serviceName} with {v.staffName}
                </p>
                <p>Status: {appointmentStatusLabel(v.status)}</p>
                <p className="text-xs text-stone-600">
                  Held (with buffers) {formatMinuteOfDay(v.blockedStartMinute)}–{formatMinuteOfDay(v.blockedEndMinute)}
                </p>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
