"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { FormAlert } from "@/components/ui/FormAlert";
import { SubmitButton } from "@/components/ui/SubmitButton";
import type { ServerAction } from "@/lib/actions/types";
import { photoPolicySchema, type PhotoPolicyData } from "@/lib/photos/schema";

const OPTIONS: { name: keyof PhotoPolicyData; label: string; hint: string }[] = [
  {
    name: "keepOriginals",
    label: "Keep the full-size original of each photo",
    hint: "Off by default. Every stored image, the original included, is re-encoded without location, camera or other metadata; keeping originals stores the full resolution too.",
  },
  {
    name: "clientsSeePhotos",
    label: "Clients can see their own photos in their account",
    hint: "Off by default. Staff notes and face maps are never shown to clients.",
  },
];

export function PhotoPolicyForm({ defaultValues, action }: { defaultValues: PhotoPolicyData; action: ServerAction<PhotoPolicyData> }) {
  const form = useForm<PhotoPolicyData>({ resolver: zodResolver(photoPolicySchema), defaultValues });
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ text: string; tone: "error" | "success" } | null>(null);
  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      const result = await action(values);
      setMessage(result.ok ? { text: "Saved.", tone: "success" } : { text: result.message, tone: "error" });
    }),
  );
  return (
    <form onSubmit={onSubmit} aria-label="Photo settings" className="max-w-2xl space-y-4 rounded-xl border border-stone-200 bg-white p-6">
      <fieldset disabled={pending} className="space-y-4">
        {OPTIONS.map(({ name, label, hint }) => (
          <div key={name} className="flex items-start gap-3">
            <input
              id={`photo-${name}`}
              type="checkbox"
              className="mt-1 size-5 accent-brand-700"
              aria-describedby={`photo-${name}-hint`}
              {...form.register(name)}
            />
            <div>
              <label htmlFor={`photo-${name}`} className="font-medium">
                {label}
              </label>
              <p id={`photo-${name}-hint`} className="text-sm text-stone-600">
                {hint}
              </p>
            </div>
          </div>
        ))}
      </fieldset>
      <FormAlert message={message?.text ?? null} tone={message?.tone} />
      <SubmitButton pending={pending}>Save photo settings</SubmitButton>
    </form>
  );
}
