import { formatInstant, describeTimeZone } from "@/lib/format/zoned";
import { FactList } from "./FactList";

export type ReviewDetails = {
  serviceName: string;
  staffName: string;
  timeZone: string;
  durationLabel: string;
  priceLabel: string;
  cancellationWindowHours: number;
  /** When the page was rendered, to tell whether the chosen time is already inside the window. */
  renderedAt: string;
};

const HOUR_MS = 3_600_000;

/** What will be booked, with the time in the spa's zone and the change policy spelled out. */
export function ReviewFacts({ details, startsAt }: { details: ReviewDetails; startsAt: string }) {
  const { timeZone, cancellationWindowHours: hours } = details;
  const deadline = new Date(Date.parse(startsAt) - hours * HOUR_MS);
  return (
    <FactList
      facts={[
        { term: "Treatment", detail: details.serviceName },
        { term: "Esthetician", detail: details.staffName },
        {
          term: "Date and time",
          detail: (
            <span id="review-when" tabIndex={-1}>
              {formatInstant(startsAt, timeZone)} <span className="text-sm text-stone-600">({describeTimeZone(timeZone, startsAt)})</span>
            </span>
          ),
        },
        { term: "Duration", detail: details.durationLabel },
        { term: "Price", detail: details.priceLabel },
        {
          term: "Changes",
          detail:
            deadline.getTime() > Date.parse(details.renderedAt)
              ? `Free changes until ${hours} hours before: reschedule or cancel online until ${formatInstant(deadline, timeZone)}.`
              : `This time is less than ${hours} hours away, so once booked it can only be changed by calling the spa.`,
        },
      ]}
    />
  );
}
