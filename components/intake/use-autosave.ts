"use client";

import { useEffect, useRef, useState } from "react";
import type { FieldValues, UseFormWatch } from "react-hook-form";
import type { ActionResult } from "@/lib/errors/app-error";

export type AutosaveState = "idle" | "saving" | "saved" | "error";

const DELAY_MS = 1200;

/**
 * Saves the form a moment after the person stops typing. Only the latest values are sent, and a
 * save that fails is retried with the next change; nothing typed is lost while the page is open.
 */
export function useAutosave<T extends FieldValues>(
  watch: UseFormWatch<T>,
  save: (values: T) => Promise<ActionResult<unknown>>,
  options: { enabled: boolean },
): AutosaveState {
  const [state, setState] = useState<AutosaveState>("idle");
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const enabled = useRef(options.enabled);
  useEffect(() => {
    enabled.current = options.enabled;
    // A submit in progress wins: a save still waiting would bring back the draft it just cleared.
    if (!options.enabled && timer.current) clearTimeout(timer.current);
  }, [options.enabled]);

  useEffect(() => {
    const subscription = watch((values) => {
      if (!enabled.current) return;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(async () => {
        setState("saving");
        try {
          const result = await save(values as T);
          setState(result.ok ? "saved" : "error");
        } catch {
          setState("error");
        }
      }, DELAY_MS);
    });
    return () => {
      subscription.unsubscribe();
      if (timer.current) clearTimeout(timer.current);
    };
  }, [watch, save]);

  return state;
}

export const AUTOSAVE_TEXT: Record<AutosaveState, string> = {
  idle: "",
  saving: "Saving…",
  saved: "Saved",
  error: "Not saved — we'll try again when you next change something.",
};
