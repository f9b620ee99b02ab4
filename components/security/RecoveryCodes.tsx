/** Recovery codes, shown once, with what they are for. */
export function RecoveryCodes({ codes, onDone, doneLabel }: { codes: string[]; onDone: () => void; doneLabel: string }) {
  return (
    <section aria-labelledby="recovery-codes-heading" className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h3 id="recovery-codes-heading" className="font-semibold">
        Save your recovery codes
      </h3>
      <p className="text-sm text-stone-800">
        Each code works once, if you ever can&apos;t use your app or passkey. Keep them somewhere safe, such as a password manager or a
        printed copy: they won&apos;t be shown again.
      </p>
      <ul aria-label="Recovery codes" className="grid grid-cols-1 gap-1 font-mono text-base sm:grid-cols-2">
        {codes.map((code) => (
          <li key={code} className="rounded bg-white px-2 py-1">
            {code}
          </li>
        ))}
      </ul>
      <button
        type="button"
        onClick={onDone}
        className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-5 font-medium text-white hover:bg-brand-800"
      >
        {doneLabel}
      </button>
    </section>
  );
}
