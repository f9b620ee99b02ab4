"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormAlert } from "@/components/ui/FormAlert";
import { SubmitButton } from "@/components/ui/SubmitButton";
import type { ServerAction } from "@/lib/actions/types";
import type { ColumnMapping, FieldKey } from "@/lib/transfer/fields";
import type { SaveMappingInput } from "@/lib/transfer/schema";
import type { StoredMapping } from "@/lib/transfer/settings";

type Props = {
  importId: string;
  fields: readonly { key: FieldKey; label: string }[];
  headers: readonly string[];
  /** The first value of each column, to tell similar columns apart. */
  examples: readonly string[];
  mapping: StoredMapping;
  countries: readonly { code: string; name: string }[];
  action: ServerAction<SaveMappingInput>;
};

const select = "mt-1 min-h-11 w-full rounded-lg border border-stone-300 bg-white px-2";

/** Which column fills each Glowbook field, and how phone numbers and dates are read. */
export function ImportMappingForm({ importId, fields, headers, examples, mapping, countries, action }: Props) {
  const router = useRouter();
  const [columns, setColumns] = useState<ColumnMapping>(mapping.columns);
  const [country, setCountry] = useState(mapping.country);
  const [dateOrder, setDateOrder] = useState(mapping.dateOrder);
  const [message, setMessage] = useState<{ text: string; tone: "error" | "success" } | null>(null);
  const [pending, startTransition] = useTransition();
  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    startTransition(async () => {
      const result = await action({ importId, mapping: { columns, country: country as StoredMapping["country"], dateOrder } });
      setMessage(
        result.ok ? { text: "Mapping saved. The dry run below uses it.", tone: "success" } : { text: result.message, tone: "error" },
      );
      if (result.ok) router.refresh();
    });
  };
  return (
    <form onSubmit={onSubmit} aria-labelledby="mapping-heading" className="space-y-4 rounded-xl border border-stone-200 bg-white p-6">
      <h2 id="mapping-heading" className="text-lg font-semibold">
        Map the columns
      </h2>
      <p className="text-sm text-stone-600">Guessed from the column names; change any that are wrong, then save.</p>
      <fieldset disabled={pending} className="grid gap-4 sm:grid-cols-2">
        {fields.map((field) => (
          <div key={field.key}>
            <label htmlFor={`map-${field.key}`} className="block text-sm font-medium">
              {field.label}
            </label>
            <select
              id={`map-${field.key}`}
              className={select}
              value={columns[field.key] ?? ""}
              onChange={(event) => {
                const value = event.target.value;
                setColumns((current) => {
                  const next = { ...current };
                  if (value === "") delete next[field.key];
                  else next[field.key] = Number(value);
                  return next;
                });
              }}
            >
              <option value="">Not imported</option>
              {headers.map((header, index) => (
                <option key={index} value={index}>
                  {header || `Column ${index + 1}`}
                  {examples[index] ? ` (e.g. ${examples[index]!.slice(0, 30)})` : ""}
                </option>
              ))}
            </select>
          </div>
        ))}
        <div>
          <label htmlFor="map-country" className="block text-sm font-medium">
            Phone numbers without a country code are in
          </label>
          <select
            id="map-country"
            className={select}
            value={country}
            onChange={(event) => setCountry(event.target.value as typeof country)}
          >
            {countries.map((option) => (
              <option key={option.code} value={option.code}>
                {option.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="map-date-order" className="block text-sm font-medium">
            Dates like 04/05/1990 mean
          </label>
          <select
            id="map-date-order"
            className={select}
            value={dateOrder}
            onChange={(event) => setDateOrder(event.target.value as typeof dateOrder)}
          >
            <option value="MDY">April 5 (month first)</option>
            <option value="DMY">4 May (day first)</option>
          </select>
        </div>
      </fieldset>
      <FormAlert message={message?.text ?? null} tone={message?.tone} />
      <SubmitButton pending={pending}>Save mapping</SubmitButton>
    </form>
  );
}
