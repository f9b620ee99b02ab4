import Link from "next/link";
import type { Bookability } from "@/lib/booking/bookability";
import { notBookableUntil } from "@/lib/booking/eligibility-rules";

type Spa = { name: string; phone: string; email: string };

const linkClass = "inline-flex min-h-11 items-center font-medium text-brand-700 underline";

function SpaContact({ spa }: { spa: Spa }) {
  return (
    <p>
      Call {spa.name} on{" "}
      <a href={`tel:${spa.phone.replace(/[^\d+]/g, "")}`} className="font-medium text-brand-800 underline">
        {spa.phone}
      </a>{" "}
      or email{" "}
      <a href={`mailto:${spa.email}`} className="font-medium text-brand-800 underline">
        {spa.email}
      </a>
      {": we'll gladly find a treatment or a date that is right for your skin."}
    </p>
  );
}

/**
 * Before the time step: this treatment is not bookable online for the signed-in client, until a
 * date or until cleared, why in plain words, what they can book instead, and how to reach the spa.
 * Nothing here offers a time before the date it names.
 */
export function BookabilityNotice({ serviceName, bookability, spa }: { serviceName: string; bookability: Bookability; spa: Spa }) {
  const { eligibility, alternatives } = bookability;
  if (!eligibility.blocked || !eligibility.until) return null;
  const cleared = eligibility.until === "cleared";
  return (
    <section aria-labelledby="not-bookable-heading" className="space-y-3 rounded-xl border border-amber-300 bg-amber-50 p-5 text-stone-900">
      <h2 id="not-bookable-heading" className="text-lg font-semibold">
        {serviceName}: {notBookableUntil(eligibility.until)}
      </h2>
      <p>
        {cleared ? "We can't book this treatment online for you for now" : "We can't book this treatment online for you before that date"}
        {eligibility.reasons.length > 0 ? `, because ${eligibility.reasons.join(", and ")}` : ""}.
        {cleared && eligibility.clearedWhen ? ` That is ${eligibility.clearedWhen}.` : ""}
        {!cleared ? " You can choose a time from that date below." : ""}
      </p>
      {alternatives.length > 0 && (
        <div>
          <p className="font-medium">{cleared ? "Treatments you can book online now:" : "Or book one of these now:"}</p>
          <ul className="mt-1 space-y-1">
            {alternatives.map((alternative) => (
              <li key={alternative.slug}>
                <Link href={`/book?service=${alternative.slug}`} className={linkClass}>
                  {alternative.name}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      <SpaContact spa={spa} />
    </section>
  );
}

/** The spa asks for the intake before booking online: the form first, then straight back to this booking. */
export function IntakeFirstNotice({ state, returnTo }: { state: "missing" | "expired"; returnTo: string }) {
  return (
    <section aria-labelledby="intake-first-heading" className="space-y-3 rounded-xl border border-brand-100 bg-brand-50 p-5">
      <h2 id="intake-first-heading" className="text-lg font-semibold">
        {state === "expired" ? "Please renew your intake form first" : "Please fill in your intake form first"}
      </h2>
      <p className="text-stone-800">
        This spa asks for your health and skin questionnaire before you book online, so we can make sure the treatment is right for you. It
        takes a few minutes; your choices here are kept.
      </p>
      <Link
        href={`/account/intake?${new URLSearchParams({ returnTo })}`}
        className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-4 font-medium text-white hover:bg-brand-800"
      >
        {state === "expired" ? "Review my intake form" : "Fill in my intake form"}
      </Link>
    </section>
  );
}
