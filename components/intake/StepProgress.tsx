"use client";

import { useRef } from "react";
import { INTAKE_STEPS } from "./intake-steps";

export type StepState = "current" | "attention" | "answered" | "todo";

const STATE_TEXT: Record<StepState, string> = { current: "current step", attention: "needs attention", answered: "answered", todo: "" };

/**
 * "Step 3 of 15 · Your doctor", a progress bar, and every step as a button (a keyboard user can jump
 * to any section; the list folds away on a phone).
 */
export function StepProgress({ current, states, onGo }: { current: number; states: StepState[]; onGo: (index: number) => void }) {
  const total = INTAKE_STEPS.length;
  const step = INTAKE_STEPS[current]!;
  const list = useRef<HTMLDetailsElement>(null);
  return (
    <div className="space-y-2">
      <div
        role="progressbar"
        aria-label="Intake progress"
        aria-valuemin={1}
        aria-valuemax={total}
        aria-valuenow={current + 1}
        aria-valuetext={`Step ${current + 1} of ${total}: ${step.label}`}
        className="h-2 overflow-hidden rounded-full bg-stone-200"
      >
        <div className="h-full rounded-full bg-brand-700 transition-[width]" style={{ width: `${((current + 1) / total) * 100}%` }} />
      </div>
      <details ref={list} className="group rounded-lg border border-stone-200 bg-white">
        <summary className="flex min-h-11 cursor-pointer items-center px-3 font-medium text-brand-800">All sections</summary>
        <nav aria-label="Intake sections" className="border-t border-stone-200 p-2">
          <ol className="grid gap-1 sm:grid-cols-2">
            {INTAKE_STEPS.map((item, index) => (
              <li key={item.key}>
                <button
                  type="button"
                  onClick={() => {
                    // The chosen step takes focus; the list folds away so the step is in view.
                    if (list.current) list.current.open = false;
                    onGo(index);
                  }}
                  aria-current={index === current ? "step" : undefined}
                  className="flex min-h-11 w-full items-center gap-2 rounded-md px-2 text-left hover:bg-brand-50 aria-[current=step]:bg-brand-50 aria-[current=step]:font-semibold"
                >
                  <span className="w-6 shrink-0 text-right text-stone-600">{index + 1}.</span>
                  <span className="grow">{item.label}</span>
                  {states[index] !== "todo" && states[index] !== "current" && (
                    <span className={`text-sm ${states[index] === "attention" ? "text-red-700" : "text-emerald-800"}`}>
                      {STATE_TEXT[states[index]!]}
                    </span>
                  )}
                </button>
              </li>
            ))}
          </ol>
        </nav>
      </details>
    </div>
  );
}
