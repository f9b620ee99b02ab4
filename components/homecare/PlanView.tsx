import { SECTION_LABELS } from "@/lib/homecare/schema";
import { PLAN_SECTIONS, type HomecarePlan } from "@/lib/homecare/types";
import { formatLocalDate } from "@/lib/format/calendar";

/** A plan for reading and printing: every section, each line with why it is there. */
export function PlanView({ plan, showRules = false }: { plan: HomecarePlan; showRules?: boolean }) {
  return (
    <div className="space-y-6 print:space-y-3">
      <KeyDates plan={plan} />
      {PLAN_SECTIONS.filter((section) => plan.sections[section].length > 0).map((section) => (
        <section key={section} aria-labelledby={`plan-${section}`} className="break-inside-avoid-page">
          <h2 id={`plan-${section}`} className="text-lg font-semibold print:text-base">
            {SECTION_LABELS[section]}
          </h2>
          <ul className="mt-2 list-disc space-y-2 pl-5 print:space-y-1">
            {plan.sections[section].map((line) => (
              <li key={line.id}>
                <span>{line.text}</span>
                <span className="block text-sm text-stone-600 print:text-xs">
                  Why: {line.reason}
                  {showRules && line.rule && <> · Rule: {line.rule}</>}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

export function KeyDates({ plan }: { plan: HomecarePlan }) {
  return (
    <dl className="grid gap-3 rounded-xl border border-brand-100 bg-brand-50 p-4 sm:grid-cols-2 print:border-stone-300 print:bg-white">
      {plan.activesResumeOn && (
        <div>
          <dt className="text-sm font-semibold">Actives may resume on</dt>
          <dd>{formatLocalDate(plan.activesResumeOn.date, "full")}</dd>
          <dd className="text-sm text-stone-600 print:text-xs">Why: {plan.activesResumeOn.reason}</dd>
          {(plan.activesResumeOn.exceptions ?? []).map((exception) => (
            <dd key={exception.label} className="mt-1 text-sm font-medium text-amber-900 print:text-xs">
              {exception.text} <span className="font-normal text-stone-600">{exception.reason}</span>
            </dd>
          ))}
        </div>
      )}
      <div>
        <dt className="text-sm font-semibold">Your next visit</dt>
        <dd>
          {plan.nextVisit.bookable === false
            ? "Talk to us before booking your next treatment"
            : `Between ${formatLocalDate(plan.nextVisit.from, "long")} and ${formatLocalDate(plan.nextVisit.to, "long")}`}
        </dd>
        <dd className="text-sm text-stone-600 print:text-xs">Why: {plan.nextVisit.reason}</dd>
      </div>
    </dl>
  );
}
