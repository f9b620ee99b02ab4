import type { AvailableSlot } from "@/lib/booking/availability";

/** The alternatives a CONFLICT result carries in `data`, or none when the shape is not as expected. */
export function alternativesFrom(data: unknown): AvailableSlot[] {
  const list = (data as { alternatives?: unknown } | null | undefined)?.alternatives;
  if (!Array.isArray(list)) return [];
  return list.filter(
    (slot): slot is AvailableSlot =>
      !!slot &&
      typeof slot.start === "string" &&
      typeof slot.end === "string" &&
      typeof slot.date === "string" &&
      Array.isArray(slot.staffIds),
  );
}
