"use client";

import { useEffect, useRef } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { hasTickedBox, isNoneApplySection, NONE_APPLY_KEY } from "@/lib/intake";
import { INTAKE_FORM_SECTIONS } from "./intake-fields";
import { noneApplyResets } from "./intake-steps";

const RESETS = new Map(INTAKE_FORM_SECTIONS.map((form) => [form.section as string, noneApplyResets(form.fields)]));

/**
 * Keeps each section's "None of these apply" and its boxes consistent as the client taps: ticking
 * "none" clears the section's boxes and follow-ups; ticking a box afterwards un-sets "none". Only the
 * client's own changes are acted on (a value set here does not set off another round).
 */
export function useNoneApply<T extends FieldValues>(form: UseFormReturn<T, unknown, unknown>): void {
  useEffect(() => {
    const subscription = form.watch((values, { name, type }) => {
      if (type !== "change" || !name) return;
      const [section, key] = name.split(".");
      if (!section || !isNoneApplySection(section)) return;
      const options = { shouldDirty: true, shouldValidate: form.formState.isSubmitted } as const;
      const sectionValues = (values as Record<string, unknown>)[section] as Record<string, unknown> | undefined;
      if (key === NONE_APPLY_KEY) {
        if (sectionValues?.[NONE_APPLY_KEY] !== true) return;
        for (const [path, value] of RESETS.get(section) ?? []) form.setValue(path as Path<T>, value as never, options);
      } else if (sectionValues?.[NONE_APPLY_KEY] === true && hasTickedBox(sectionValues)) {
        form.setValue(`${section}.${NONE_APPLY_KEY}` as Path<T>, false as never, options);
      }
    });
    return () => subscription.unsubscribe();
  }, [form]);
}

/**
 * Checks a step again on every change once the client has tried to leave it, so its errors clear
 * as they are fixed (and a new one shows at once). `stepToRecheck` names that step, or null.
 */
export function useRecheckAttempted<T extends FieldValues>(
  form: UseFormReturn<T, unknown, unknown>,
  stepToRecheck: () => string | null,
): void {
  const latest = useRef(stepToRecheck);
  useEffect(() => {
    latest.current = stepToRecheck;
  });
  useEffect(() => {
    const subscription = form.watch((_values, { type }) => {
      const name = latest.current();
      if (type === "change" && name) void form.trigger(name as Path<T>);
    });
    return () => subscription.unsubscribe();
  }, [form]);
}
