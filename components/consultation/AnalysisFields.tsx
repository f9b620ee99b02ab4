"use client";

import { useFormContext } from "react-hook-form";
import { OBSERVED_CONDITION_LABELS } from "@/lib/contraindications/avoid/analysis";
import type { NoteContentInput } from "@/lib/consultation/schema";
import { FITZPATRICK_LABELS, SKIN_TYPE_LABELS } from "@/lib/intake/options";

const selectClass = "mt-1 block w-full rounded-lg border border-stone-300 bg-white px-3 py-2";

/**
 * The esthetician's own analysis (FACTS.md: the self-report is confirmed by her analysis). What she
 * records here takes precedence over the intake in the homecare plan, which says so to the client;
 * conditions she observes are treated like ones the client reported.
 */
export function AnalysisFields({ disabled }: { disabled?: boolean }) {
  const { register } = useFormContext<NoteContentInput>();
  return (
    <fieldset disabled={disabled} className="space-y-3" aria-describedby="analysis-hint">
      <legend className="font-semibold">Your skin analysis</legend>
      <p id="analysis-hint" className="text-sm text-stone-600">
        Leave a choice on “as the client said” to keep their answer. Your assessment is used for the plan and its checks.
      </p>
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor="note-analysis-type" className="block text-sm font-medium">
            Skin type you assessed
          </label>
          <select id="note-analysis-type" className={selectClass} {...register("analysis.skinType")}>
            <option value="">As the client said</option>
            {Object.entries(SKIN_TYPE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="note-analysis-phototype" className="block text-sm font-medium">
            Phototype you assessed
          </label>
          <select id="note-analysis-phototype" className={selectClass} {...register("analysis.fitzpatrick")}>
            <option value="">As the client said</option>
            {Object.entries(FITZPATRICK_LABELS)
              .filter(([value]) => value !== "not-sure")
              .map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
          </select>
        </div>
      </div>
      <fieldset>
        <legend className="text-sm font-medium">What you observed</legend>
        <div className="mt-1 grid gap-1 sm:grid-cols-2">
          {Object.entries(OBSERVED_CONDITION_LABELS).map(([value, label]) => (
            <label key={value} className="flex min-h-11 items-center gap-3">
              <input type="checkbox" value={value} className="size-5 accent-brand-700" {...register("analysis.observed")} />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
    </fieldset>
  );
}
