import { UpcomingRow, type UpcomingRowData } from "./UpcomingRow";
import type { ServerAction } from "@/lib/actions/types";
import type { AdminCancelInput, AdminMoveInput } from "@/lib/booking/schema";

type Props = {
  rows: UpcomingRowData[];
  total: number;
  timeZone: string;
  moveAction: ServerAction<AdminMoveInput>;
  cancelAction: ServerAction<AdminCancelInput>;
};

export function UpcomingTable({ rows, total, timeZone, moveAction, cancelAction }: Props) {
  if (rows.length === 0) return <p className="text-stone-600">No upcoming booked appointments.</p>;
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead className="bg-stone-100 text-stone-700">
          <tr>
            <th scope="col" className="px-3 py-2">
              When
            </th>
            <th scope="col" className="px-3 py-2">
              Client
            </th>
            <th scope="col" className="px-3 py-2">
              Service
            </th>
            <th scope="col" className="px-3 py-2">
              Move or cancel
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <UpcomingRow key={row.id} row={row} timeZone={timeZone} moveAction={moveAction} cancelAction={cancelAction} />
          ))}
        </tbody>
      </table>
      {total > rows.length && (
        <p className="mt-2 text-sm text-stone-600">
          Showing the first {rows.length} of {total}.
        </p>
      )}
    </div>
  );
}
