import Link from "next/link";
import { formatSoon } from "@/lib/format/zoned";

type Props = { start: string; timeZone: string; href: string; who: string };

/** The soonest time at all, one tap from booking it: the shortcut for "whenever is soonest". */
export function FirstAvailable({ start, timeZone, href, who }: Props) {
  return (
    <section aria-labelledby="first-available-heading" className="mt-4 rounded-xl border border-brand-200 bg-brand-50 p-4">
      <h2 id="first-available-heading" className="text-base font-semibold">
        First available
      </h2>
      <p className="mt-1 text-stone-800">
        <span className="font-medium">{formatSoon(start, timeZone)}</span> {who}
      </p>
      <Link
        href={href}
        scroll={false}
        className="mt-3 inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-4 font-medium text-white hover:bg-brand-800"
      >
        Book the first available time
      </Link>
    </section>
  );
}
