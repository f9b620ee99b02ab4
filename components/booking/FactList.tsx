export type Fact = { term: string; detail: React.ReactNode };

/** A labelled list of facts (what, when, with whom…), one row per fact; stacks on a phone. */
export function FactList({ facts }: { facts: Fact[] }) {
  return (
    <dl className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
      {facts.map((fact) => (
        <div key={fact.term} className="grid gap-1 px-4 py-3 sm:grid-cols-3 sm:gap-4">
          <dt className="text-sm font-medium text-stone-600">{fact.term}</dt>
          <dd className="text-stone-900 sm:col-span-2">{fact.detail}</dd>
        </div>
      ))}
    </dl>
  );
}
