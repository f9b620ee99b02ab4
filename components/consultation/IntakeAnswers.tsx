import { INTAKE_SECTION_LABELS, describeAnswer, flattenAnswers, labelForPath, type IntakeChange, type IntakeSection } from "@/lib/intake";
import type { IntakeAnswers as Answers } from "@/lib/intake";

function isNotable(value: unknown): boolean {
  if (value === undefined || value === null || value === "" || value === false || value === "no") return false;
  return !(Array.isArray(value) && value.length === 0);
}

/**
 * The intake as the chart shows it: what was changed since the previous submission first, then
 * every answer that says something (ticks, dates, text), by section.
 */
export function IntakeAnswers({ answers, changes }: { answers: Answers; changes: IntakeChange[] }) {
  const changed = new Set(changes.map((change) => change.path));
  const flat = [...flattenAnswers(answers).entries()].filter(
    ([path, value]) => !path.startsWith("consent.") && (isNotable(value) || changed.has(path)),
  );
  const sections = Object.keys(INTAKE_SECTION_LABELS) as IntakeSection[];
  return (
    <div className="space-y-4">
      {changes.length > 0 && (
        <section aria-labelledby="changes-heading" className="rounded-lg border border-brand-100 bg-brand-50 p-4">
          <h3 id="changes-heading" className="font-semibold">
            Changed since the previous intake
          </h3>
          <ul className="mt-2 space-y-1 text-sm">
            {changes.map((change) => (
              <li key={change.path}>
                <strong>{change.label}:</strong> {change.currentText} <span className="text-stone-600">(was {change.previousText})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {sections.map((section) => {
        const rows = flat.filter(([path]) => path.split(".")[0] === section);
        if (rows.length === 0) return null;
        return (
          <div key={section}>
            <h3 className="text-sm font-semibold text-stone-700">{INTAKE_SECTION_LABELS[section]}</h3>
            <dl className="mt-1 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
              {rows.map(([path, value]) => (
                <div key={path} className="contents">
                  <dt className="text-stone-600">{labelForPath(path)}</dt>
                  <dd className={changed.has(path) ? "font-medium" : undefined}>
                    {changed.has(path) ? (
                      <mark className="bg-brand-100 px-1">{describeAnswer(path, value)} — changed</mark>
                    ) : (
                      describeAnswer(path, value)
                    )}
                  </dd>
                </div>
              ))}
            </dl>
          </div>
        );
      })}
    </div>
  );
}
