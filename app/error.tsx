"use client";

// Rendered when a page throws. Shows no internals; the digest lets support find the server log.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="max-w-xl" role="alert">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-2 text-stone-700">
        We couldn’t load this page. Please try again.{error.digest ? ` (reference ${error.digest})` : ""}
      </p>
      <button type="button" onClick={reset} className="mt-4 min-h-11 rounded-lg bg-brand-700 px-4 text-white">
        Try again
      </button>
    </div>
  );
}
