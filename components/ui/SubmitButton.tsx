type Props = { pending: boolean; children: React.ReactNode; pendingLabel?: string };

export function SubmitButton({ pending, children, pendingLabel = "Saving…" }: Props) {
  return (
    <button
      type="submit"
      disabled={pending}
      aria-busy={pending || undefined}
      className="inline-flex min-h-11 items-center justify-center rounded-lg bg-brand-700 px-5 font-medium text-white hover:bg-brand-800 disabled:cursor-not-allowed disabled:opacity-60"
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
