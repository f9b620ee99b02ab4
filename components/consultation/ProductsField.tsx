"use client";

import { useFormContext, useWatch } from "react-hook-form";
import type { ChartProduct } from "@/lib/consultation/chart-queries";
import type { NoteContentInput } from "@/lib/consultation/schema";

/**
 * Products used, from the catalogue, checked against what the client must avoid: one with a ruled-out
 * ingredient is refused with the rule's name; with an allergy the dictionary cannot read, each
 * product used needs its label checked (a tick of its own).
 */
export function ProductsField({ products, disabled }: { products: ChartProduct[]; disabled?: boolean }) {
  const { register, formState } = useFormContext<NoteContentInput>();
  const chosen = useWatch<NoteContentInput, "productIds">({ name: "productIds" }) ?? [];
  const error = formState.errors.productIds?.message;
  const check = products.find((product) => product.check)?.check ?? null;
  return (
    <fieldset disabled={disabled} aria-describedby={error ? "note-products-error" : undefined}>
      <legend className="font-semibold">Products used</legend>
      {check && (
        <p className="mt-1 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {check} Tick each product&apos;s label check before using it.
        </p>
      )}
      {products.length === 0 && <p className="text-sm text-stone-600">The product catalogue is empty.</p>}
      <ul className="mt-1 space-y-1">
        {products.map((product) => {
          const id = `note-product-${product.id}`;
          const note = product.refusal ?? (product.cautions.length > 0 ? `Caution: ${product.cautions.join(" ")}` : null);
          return (
            <li key={product.id}>
              <div className="flex min-h-11 items-center gap-3">
                <input
                  id={id}
                  type="checkbox"
                  value={product.id}
                  disabled={Boolean(product.refusal)}
                  aria-describedby={note ? `${id}-note` : undefined}
                  className="size-5 accent-brand-700"
                  {...register("productIds")}
                />
                <label htmlFor={id} className={product.refusal ? "text-stone-500 line-through" : undefined}>
                  {product.name}
                </label>
              </div>
              {note && (
                <p id={`${id}-note`} className={`ml-8 text-sm ${product.refusal ? "text-red-800" : "text-amber-900"}`}>
                  {product.refusal ? `Refused: ${product.refusal}` : note}
                </p>
              )}
              {product.check && !product.refusal && (chosen as string[]).includes(product.id) && (
                <label className="ml-8 flex min-h-11 items-center gap-3 text-sm">
                  <input type="checkbox" value={product.id} className="size-5 accent-brand-700" {...register("productConfirmations")} />
                  {`I checked the label of ${product.name} against the client's allergy`}
                </label>
              )}
            </li>
          );
        })}
      </ul>
      {error && (
        <p id="note-products-error" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
