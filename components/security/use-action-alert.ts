"use client";

import { useState, useTransition } from "react";

type Outcome<T> = { ok: true; data: T } | { ok: false; message: string };
export type Alert = { tone: "error" | "success"; message: string } | null;

/**
 * The security pages' one-click actions: run one, then say how it went (success or the action's
 * own message) in the section's alert, with the buttons disabled meanwhile.
 */
export function useActionAlert() {
  const [pending, startTransition] = useTransition();
  const [alert, setAlert] = useState<Alert>(null);
  function run<T>(work: () => Promise<Outcome<T>>, success: string, then?: (data: T) => void) {
    setAlert(null);
    startTransition(async () => {
      const result = await work();
      if (!result.ok) return setAlert({ tone: "error", message: result.message });
      setAlert({ tone: "success", message: success });
      then?.(result.data);
    });
  }
  return { pending, alert, run };
}

/** What to say when a passkey prompt fails: the browser's "cancelled or timed out", or the action's message. */
export function passkeyFailureMessage(failure: unknown, cancelled: string): string {
  if (failure instanceof Error && failure.name === "NotAllowedError") return cancelled;
  return failure instanceof Error ? failure.message : "That didn't work just now. Please try again in a moment.";
}
