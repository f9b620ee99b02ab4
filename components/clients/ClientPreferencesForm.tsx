"use client";

import { useId, useState, useTransition } from "react";
import { FormAlert } from "@/components/ui/FormAlert";
import { SubmitButton } from "@/components/ui/SubmitButton";
import type { ServerAction } from "@/lib/actions/types";
import type { ClientPreferencesInput } from "@/lib/clients/schema";

type Props = {
  action: ServerAction<ClientPreferencesInput, { id: string }>;
  clientId: string;
  defaults: { reminders: boolean; nudges: boolean; preferredStaffId: string | null };
  staff: { id: string; name: string }[];
};

/** Which optional messages the client wants, and the esthetician they prefer. */
export function ClientPreferencesForm({ action, clientId, defaults, staff }: Props) {
  const id = useId();
  const [values, setValues] = useState(defaults);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    startTransition(async () => {
      const result = await action({ clientId, ...values });
      setMessage(result.ok ? { tone: "success", text: "Preferences saved." } : { tone: "error", text: result.message });
    });
  };
  return (
    <form onSubmit={submit} aria-label="Preferences" className="space-y-3">
      <fieldset disabled={pending} className="space-y-2">
        <label className="flex min-h-11 items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={values.reminders}
            onChange={(e) => setValues({ ...values, reminders: e.target.checked })}
            className="size-4"
          />
          Appointment and intake reminders by email
        </label>
        <label className="flex min-h-11 items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={values.nudges}
            onChange={(e) => setValues({ ...values, nudges: e.target.checked })}
            className="size-4"
          />
          Rebooking suggestions by email
        </label>
        <div>
          <label htmlFor={`${id}-staff`} className="block text-sm font-medium">
            Preferred esthetician
          </label>
          <select
            id={`${id}-staff`}
            value={values.preferredStaffId ?? ""}
            onChange={(e) => setValues({ ...values, preferredStaffId: e.target.value || null })}
            className="mt-1 min-h-11 rounded-lg border border-stone-300 bg-white px-2"
          >
            <option value="">No preference</option>
            {staff.map((member) => (
              <option key={member.id} value={member.id}>
                {member.name}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
      <FormAlert message={message?.text ?? null} tone={message?.tone} />
      <SubmitButton pending={pending}>Save preferences</SubmitButton>
    </form>
  );
}
