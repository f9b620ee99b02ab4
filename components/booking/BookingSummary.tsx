import Link from "next/link";

type Props = {
  serviceName: string;
  durationLabel: string;
  priceLabel: string;
  staffName?: string | null;
  /** The chosen time, formatted, once there is one. */
  when?: string | null;
  /** The step's main call to action (a link: it works before the page's script has loaded). */
  action?: { href: string; label: string } | null;
};

/**
 * What is being booked, what it costs and how long it takes, kept in view at the bottom of the
 * screen through every step (sticky within the booking flow, so it never covers the footer).
 */
export function BookingSummary({ serviceName, durationLabel, priceLabel, staffName, when, action }: Props) {
  return (
    <aside
      aria-label="Your booking"
      className="sticky bottom-0 z-20 -mx-4 mt-8 border-t border-stone-200 bg-white/95 px-4 py-3 shadow-[0_-4px_12px_rgba(0,0,0,0.06)] backdrop-blur"
    >
      <div className="flex items-center gap-3">
        <div className="min-w-0 flex-1">
          <p className="line-clamp-2 font-semibold leading-snug">{serviceName}</p>
          <p className="text-sm text-stone-700">
            {durationLabel} · {priceLabel}
            {staffName ? ` · ${staffName}` : ""}
          </p>
          {when && <p className="truncate text-sm font-medium text-brand-800">{when}</p>}
        </div>
        {action && (
          <Link
            href={action.href}
            scroll={false}
            className="inline-flex min-h-11 shrink-0 items-center rounded-lg bg-brand-700 px-4 font-medium text-white hover:bg-brand-800"
          >
            {action.label}
          </Link>
        )}
      </div>
    </aside>
  );
}
