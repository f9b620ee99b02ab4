"use client";

import { useRouter } from "next/navigation";
import { startTransition, useEffect, useState } from "react";
import { isServiceBack, OutageNotice } from "@/components/layout/OutageNotice";

// Rendered when a page throws. Shows no internals; the digest lets support find the server log.
// The browser is told no more than a digest, so it asks /api/health whether the database is out of
// reach: then it is an outage, with its own page that comes back by itself.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const router = useRouter();
  const [outage, setOutage] = useState(false);
  useEffect(() => {
    void isServiceBack().then((ok) => setOutage(!ok));
  }, [error]);
  const retry = () =>
    startTransition(() => {
      router.refresh();
      reset();
    });

  if (outage) return <OutageNotice onBack={retry} />;
  return (
    <div className="max-w-xl" role="alert">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-2 text-stone-700">
        We couldn’t load this page. Please try again.{error.digest ? ` (reference ${error.digest})` : ""}
      </p>
      <button type="button" onClick={retry} className="mt-4 min-h-11 rounded-lg bg-brand-700 px-4 text-white">
        Try again
      </button>
    </div>
  );
}
