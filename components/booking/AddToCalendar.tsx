import type { CalendarLinks } from "@/lib/booking/calendar-links";

const buttonClass = "inline-flex min-h-11 items-center justify-center rounded-lg px-4 font-medium";
const secondary = `${buttonClass} border border-brand-700 text-brand-800 hover:bg-brand-50`;

/** The .ics download and the calendars that take an event by link, side by side. */
export function AddToCalendar({ icsHref, links }: { icsHref: string; links: CalendarLinks }) {
  const external = [
    { href: links.google, label: "Google Calendar" },
    { href: links.outlook, label: "Outlook.com" },
    { href: links.office, label: "Outlook (work or school)" },
  ];
  return (
    <div role="group" aria-label="Add to your calendar" className="flex flex-wrap gap-3">
      <a href={icsHref} download className={`${buttonClass} bg-brand-700 text-white hover:bg-brand-800`}>
        Add to calendar (.ics)
      </a>
      {external.map(({ href, label }) => (
        <a key={label} href={href} target="_blank" rel="noopener noreferrer" className={secondary}>
          {label}
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
      ))}
    </div>
  );
}
