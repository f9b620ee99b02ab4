"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormAlert } from "@/components/ui/FormAlert";
import { SubmitButton } from "@/components/ui/SubmitButton";
import type { ServerAction } from "@/lib/actions/types";
import type { SaveMappingInput } from "@/lib/transfer/schema";
import type { StoredMapping } from "@/lib/transfer/settings";

type Choice = { name: string; matchedId: string | null };
type Target = { id: string; name: string };
type Props = {
  importId: string;
  mapping: StoredMapping;
  services: readonly Choice[];
  staff: readonly Choice[];
  targets: { services: readonly Target[]; staff: readonly Target[] };
  action: ServerAction<SaveMappingInput>;
};

const select = "mt-1 min-h-11 w-full rounded-lg border border-stone-300 bg-white px-2";

/** The service and esthetician names in the file, each matched to one of the spa's (or to none). */
export function VisitNamesForm({ importId, mapping, services, staff, targets, action }: Props) {
  const router = useRouter();
  const initial = (choices: readonly Choice[]) => Object.fromEntries(choices.map((choice) => [choice.name, choice.matchedId ?? ""]));
  const [serviceChoice, setServiceChoice] = useState<Record<string, string>>(initial(services));
  const [staffChoice, setStaffChoice] = useState<Record<string, string>>(initial(staff));
  const [message, setMessage] = useState<{ text: string; tone: "error" | "success" } | null>(null);
  const [pending, startTransition] = useTransition();
  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    startTransition(async () => {
      const result = await action({ importId, mapping, valueMapping: { service: serviceChoice, staff: staffChoice } });
      setMessage(
        result.ok ? { text: "Names saved. The dry run below uses them.", tone: "success" } : { text: result.message, tone: "error" },
      );
      if (result.ok) router.refresh();
    });
  };
  const group = (
    title: string,
    prefix: string,
    choices: readonly Choice[],
    list: readonly Target[],
    values: Record<string, string>,
    set: (next: Record<string, string>) => void,
  ) => (
    <fieldset className="space-y-3">
      <legend className="font-medium">{title}</legend>
      {choices.length === 0 && <p className="text-sm text-stone-600">Map the column first.</p>}
      {choices.map((choice, index) => (
        <div key={choice.name}>
          <label htmlFor={`${prefix}-${index}`} className="block text-sm">
            “{choice.name}” in the file is
          </label>
          <select
            id={`${prefix}-${index}`}
            className={select}
            value={values[choice.name] ?? ""}
            onChange={(event) => set({ ...values, [choice.name]: event.target.value })}
          >
            <option value="">No match (rows are rejected)</option>
            {list.map((target) => (
              <option key={target.id} value={target.id}>
                {target.name}
              </option>
            ))}
          </select>
        </div>
      ))}
    </fieldset>
  );
  return (
    <form onSubmit={onSubmit} aria-labelledby="names-heading" className="space-y-4 rounded-xl border border-stone-200 bg-white p-6">
      <h2 id="names-heading" className="text-lg font-semibold">
        Match services and estheticians
      </h2>
      <p className="text-sm text-stone-600">Names that are the same here are matched already; choose the rest.</p>
      <div className="grid gap-6 sm:grid-cols-2" aria-disabled={pending || undefined}>
        {group("Services", "service-name", services, targets.services, serviceChoice, setServiceChoice)}
        {group("Estheticians", "staff-name", staff, targets.staff, staffChoice, setStaffChoice)}
      </div>
      <FormAlert message={message?.text ?? null} tone={message?.tone} />
      <SubmitButton pending={pending}>Save names</SubmitButton>
    </form>
  );
}
