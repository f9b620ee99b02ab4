"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";

const CHECK_EVERY_MS = 3_000;

/** Whether the app can reach its database again (GET /api/health answers 200). */
export async function isServiceBack(): Promise<boolean> {
  try {
    const response = await fetch("/api/health", { cache: "no-store" });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * "We'll be back in a moment": shown while the database is out of reach. It asks the server every
 * few seconds and reloads the page by itself once it answers, so nobody has to keep pressing reload.
 */
export function OutageNotice({ onBack }: { onBack?: () => void }) {
  const router = useRouter();
  const [checking, setChecking] = useState(false);
  const done = useRef(false);
  const back = useCallback(() => {
    if (done.current) return;
    done.current = true;
    if (onBack) onBack();
    else router.refresh();
  }, [onBack, router]);

  const checkNow = useCallback(async () => {
    setChecking(true);
    if (await isServiceBack()) back();
    setChecking(false);
  }, [back]);

  useEffect(() => {
    const timer = setInterval(() => void isServiceBack().then((ok) => ok && back()), CHECK_EVERY_MS);
    return () => clearInterval(timer);
  }, [back]);

  return (
    <section aria-labelledby="outage-heading" className="max-w-xl space-y-3">
      <h1 id="outage-heading" className="text-2xl font-semibold">
        We’ll be back in a moment
      </h1>
      <p className="text-stone-700">
        Our booking system can’t reach its records right now. Nothing you booked is lost. This page reloads by itself as soon as we’re back,
        usually within seconds.
      </p>
      <p role="status" className="text-sm text-stone-600">
        {checking ? "Checking…" : "Checking again every few seconds."}
      </p>
      <button type="button" onClick={() => void checkNow()} className="min-h-11 rounded-lg bg-brand-700 px-4 font-medium text-white">
        Try now
      </button>
    </section>
  );
}
