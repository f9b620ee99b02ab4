import Link from "next/link";
import type { AppointmentIntakeGuidance } from "@/lib/booking/appointment-guidance";
import type { AppointmentDetails } from "@/lib/booking/queries";
import { formatLocalDate } from "@/lib/format/calendar";
import { formatDateTime, formatInstant } from "@/lib/format/zoned";

const linkClass = "inline-flex min-h-11 items-center font-medium text-brand-700 underline";

type Item = { key: string; title: string; state: "done" | "to-do" | "info"; body: React.ReactNode };

const STATE_TEXT = { done: "Done", "to-do": "To do", info: "Good to know" } as const;
const STATE_CLASS = {
  done: "bg-emerald-50 text-emerald-800 border-emerald-200",
  "to-do": "bg-amber-50 text-amber-900 border-amber-300",
  info: "bg-stone-100 text-stone-700 border-stone-300",
} as const;

function intakeItem(guidance: AppointmentIntakeGuidance, visitDay: string): Item | null {
  const { status } = guidance;
  switch (status.state) {
    case "not-required":
      return null;
    case "missing":
      return {
        key: "intake",
        title: "Your intake form",
        state: "to-do",
        body: (
          <>
            Due before your visit on {visitDay}: your esthetician reads it to plan a treatment that is safe for your skin.{" "}
            <Link href="/account/intake" className={linkClass}>
              Fill in the intake form
            </Link>
          </>
        ),
      };
    case "expired":
      return {
        key: "intake",
        title: "Your intake form",
        state: "to-do",
        body: (
          <>
            Due again before your visit on {visitDay}: the one from {formatLocalDate(status.submittedOn, "long")} is valid only until{" "}
            {formatLocalDate(status.expiresOn, "long")}. Confirm it or update your answers.{" "}
            <Link href="/account/intake" className={linkClass}>
              Review my intake
            </Link>
          </>
        ),
      };
    case "current":
      return {
        key: "intake",
        title: "Your intake form",
        state: "done",
        body: (
          <>
            Completed on {formatLocalDate(status.submittedOn, "long")}, valid for this visit. Tell us if anything has changed.{" "}
            <Link href="/account/intake" className={linkClass}>
              View or update my intake
            </Link>
          </>
        ),
      };
  }
}

function changesItem(appointment: AppointmentDetails): Item {
  const { location } = appointment;
  const deadline = formatInstant(appointment.changeDeadline, location.timeZone);
  return {
    key: "changes",
    title: "Changing or cancelling",
    state: "info",
    body: appointment.canChange
      ? `Free of charge until ${deadline} (${location.cancellationWindowHours} hours before). After that, please call ${location.phone}.`
      : `Online changes closed on ${deadline}. Please call ${location.phone} or email ${location.email}.`,
  };
}

/**
 * What the client should do before an upcoming visit: the intake (due or done, with a link), each
 * patch test and physician's approval the eligibility rules call for with this treatment, and until
 * when the visit can be changed free of charge.
 */
export function BeforeVisit({ appointment, guidance }: { appointment: AppointmentDetails; guidance: AppointmentIntakeGuidance }) {
  const visitDay = formatDateTime(appointment.startsAt, appointment.location.timeZone, { date: "full" });
  const items: Item[] = [
    intakeItem(guidance, visitDay),
    ...guidance.patchTests.map((text, index): Item => ({ key: `patch-${index}`, title: "Patch test first", state: "info", body: text })),
    ...guidance.clearances.map((text, index): Item => ({
      key: `clearance-${index}`,
      title: "Your doctor's approval",
      state: "to-do",
      body: text,
    })),
    changesItem(appointment),
  ].filter((item): item is Item => item !== null);
  return (
    <section aria-labelledby="before-visit-heading" className="space-y-3 rounded-xl border border-stone-200 bg-white p-5">
      <h2 id="before-visit-heading" className="text-lg font-semibold">
        Before your visit
      </h2>
      <ul className="space-y-3">
        {items.map((item) => (
          <li key={item.key} className="space-y-1">
            <p className="flex flex-wrap items-center gap-2">
              <span className="font-medium">{item.title}</span>
              <span className={`rounded-full border px-2 text-sm font-medium ${STATE_CLASS[item.state]}`}>{STATE_TEXT[item.state]}</span>
            </p>
            <p className="text-stone-800">{item.body}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
