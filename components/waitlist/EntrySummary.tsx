import { formatLocalDate, weekdayName } from "@/lib/format/calendar";
import { formatWhen } from "@/lib/format/zoned";
import { DAY_PART_LABELS, type DayPart } from "@/lib/dates/day-parts";
import type { WaitlistEntryView } from "@/lib/waitlist/queries";

/** "Mon 7 Dec – Fri 11 Dec · Tuesdays, Thursdays · mornings": an entry's window and preferences in words. */
export function describePreferences(entry: Pick<WaitlistEntryView, "fromDate" | "toDate" | "weekdays" | "dayParts">): string {
  const window =
    entry.fromDate === entry.toDate
      ? formatLocalDate(entry.fromDate, "weekday")
      : `${formatLocalDate(entry.fromDate, "weekday")} to ${formatLocalDate(entry.toDate, "weekday")}`;
  const days = entry.weekdays.length > 0 ? entry.weekdays.map(weekdayName).join(", ") : "any day";
  const parts =
    entry.dayParts.length > 0 ? entry.dayParts.map((part) => DAY_PART_LABELS[part as DayPart].toLowerCase()).join(", ") : "any time";
  return `${window} · ${days} · ${parts}`;
}

/** The time held for an entry right now, if any. */
export function HeldNotice({ offer, timeZone }: { offer: WaitlistEntryView["offer"]; timeZone: string }) {
  if (!offer) return null;
  return (
    <p className="mt-2 rounded-lg border border-violet-200 bg-violet-50 px-3 py-2 text-sm text-violet-900">
      Held: {formatWhen(offer.startsAt, timeZone).full}, until {formatWhen(offer.expiresAt, timeZone).time}. Book it from the link in your
      email.
    </p>
  );
}
