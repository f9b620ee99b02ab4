import type { ContraindicationFlag, Severity } from "@/lib/contraindications";
import { STEP_LABELS } from "@/lib/catalog/step-labels";

const SEVERITY_TEXT: Record<Severity, { title: string; tone: string }> = {
  BLOCK: { title: "Do not perform", tone: "border-red-300 bg-red-50" },
  CLEARANCE: { title: "Physician clearance needed", tone: "border-amber-300 bg-amber-50" },
  PATCH_TEST: { title: "Patch test first", tone: "border-amber-200 bg-amber-50" },
  CAUTION: { title: "Caution", tone: "border-stone-200 bg-stone-50" },
};

function affected(flag: ContraindicationFlag): string {
  if (flag.affectedSteps === "WHOLE_SERVICE") return "The whole treatment";
  if (flag.affectedSteps === "PRODUCTS") return "Products";
  return flag.affectedSteps.map((step) => STEP_LABELS[step]).join(", ");
}

/** The contraindication flags of this visit, grouped by severity, each with its reason. */
export function FlagList({ flags }: { flags: Record<Severity, ContraindicationFlag[]> }) {
  const groups = (Object.keys(SEVERITY_TEXT) as Severity[]).filter((severity) => flags[severity].length > 0);
  if (groups.length === 0) return <p className="text-stone-700">No contraindications flagged for this treatment.</p>;
  return (
    <div className="space-y-4">
      {groups.map((severity) => (
        <section key={severity} aria-labelledby={`flags-${severity}`} className={`rounded-lg border p-4 ${SEVERITY_TEXT[severity].tone}`}>
          <h3 id={`flags-${severity}`} className="font-semibold">
            {SEVERITY_TEXT[severity].title} ({flags[severity].length})
          </h3>
          <ul className="mt-2 space-y-2">
            {flags[severity].map((flag) => (
              <li key={flag.id} data-flag={flag.id}>
                <p className="font-medium">
                  {flag.name} <span className="font-normal text-stone-700">· {affected(flag)}</span>
                </p>
                <p className="text-sm text-stone-800">{flag.staffReason}</p>
                {flag.window && (
                  <p className="text-xs text-stone-600">
                    {flag.window.basis}: from {flag.window.from}, until {flag.window.until}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
