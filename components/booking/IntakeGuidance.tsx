import Link from "next/link";
import type { AppointmentIntakeGuidance } from "@/lib/booking/appointment-guidance";

const linkClass = "inline-flex min-h-11 items-center font-medium text-brand-700 underline";

/** The intake state of an upcoming visit and what the client should do before it. */
export function IntakeGuidance({ guidance }: { guidance: AppointmentIntakeGuidance }) {
  const { status, nextSteps } = guidance;
  if (status.state === "not-required") return null;
  return (
    <section aria-labelledby="intake-heading" className="space-y-2 rounded-xl border border-stone-200 bg-white p-5">
      <h2 id="intake-heading" className="text-lg font-semibold">
        Before your visit
      </h2>
      {status.state === "missing" && (
        <p className="text-amber-900">
          <strong>Intake missing.</strong> Please fill in your health and skin intake so your esthetician can plan a safe treatment.{" "}
          <Link href="/account/intake" className={linkClass}>
            Fill in the intake form
          </Link>
        </p>
      )}
      {status.state === "expired" && (
        <p className="text-amber-900">
          <strong>Your intake needs a refresh.</strong> It was last completed on {status.submittedOn}; please confirm or update it.{" "}
          <Link href="/account/intake" className={linkClass}>
            Review my intake
          </Link>
        </p>
      )}
      {status.state === "current" && <p>Your intake is on file (completed on {status.submittedOn}).</p>}
      {nextSteps.length > 0 && (
        <>
          <p className="font-medium">Before and at your visit:</p>
          <ul className="list-disc space-y-1 pl-5">
            {nextSteps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
