import type { Chart } from "@/lib/consultation/chart-queries";
import { FlagList } from "./FlagList";
import { IntakeAnswers } from "./IntakeAnswers";

const section = "space-y-3 rounded-xl border border-stone-200 bg-white p-6";

/** Flags by severity, then the intake answers with what changed since the previous one. */
export function ChartIntakeSection({ chart }: { chart: Chart }) {
  const { intake } = chart;
  return (
    <>
      <section aria-labelledby="flags-heading" className={section}>
        <h2 id="flags-heading" className="text-lg font-semibold">
          Contraindications
        </h2>
        {intake.state === "missing" ? (
          <p className="font-medium text-red-800">Intake missing: ask the client to fill it in before treating.</p>
        ) : (
          <FlagList flags={chart.flags} />
        )}
      </section>
      <section aria-labelledby="intake-heading" className={section}>
        <h2 id="intake-heading" className="text-lg font-semibold">
          Intake
        </h2>
        {intake.latest ? (
          <>
            <p className="text-sm text-stone-700">
              Submitted {intake.latest.submittedOn}
              {intake.state === "expired"
                ? ` — expired on ${intake.validity?.expiresOn}; ask the client to review it.`
                : ` — valid until ${intake.validity?.expiresOn}.`}
            </p>
            <IntakeAnswers answers={intake.latest.answers} changes={chart.changes} />
          </>
        ) : (
          <p>No intake on file.</p>
        )}
      </section>
    </>
  );
}
