"use client";

import { useFormContext, useWatch, type FieldValues, type Path } from "react-hook-form";
import { labelForPath } from "@/lib/intake";
import { fieldId, type FieldSpec } from "./intake-fields";

type Values = FieldValues;

function useFieldError(path: string): string | undefined {
  const { formState } = useFormContext<Values>();
  const error = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], formState.errors);
  return (error as { message?: string } | undefined)?.message;
}

function ErrorText({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-700">
      {message}
    </p>
  );
}

const inputClass =
  "mt-1 block w-full rounded-lg border border-stone-300 bg-white px-3 text-base aria-[invalid=true]:border-red-600 disabled:bg-stone-100";

function TextControl({ field }: { field: Extract<FieldSpec, { kind: "text" }> }) {
  const { register } = useFormContext<Values>();
  const error = useFieldError(field.path);
  const id = fieldId(field.path);
  const props = {
    id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? `${id}-error` : undefined,
    "aria-required": field.required || undefined,
    ...register(field.path as Path<Values>),
  };
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {labelForPath(field.path)}
        {field.required ? "" : <span className="font-normal text-stone-500"> (optional)</span>}
      </label>
      {field.multiline ? (
        <textarea rows={3} className={`${inputClass} py-2`} {...props} />
      ) : (
        <input type={field.type ?? "text"} autoComplete={field.autoComplete} className={`${inputClass} min-h-11`} {...props} />
      )}
      <ErrorText id={`${id}-error`} message={error} />
    </div>
  );
}

/** A box never shrinks beside a long label (fixed 20 px); the whole row, at least 44 px high, is the target. */
export const BOX_CLASS = "size-5 shrink-0 accent-brand-700";

function CheckControl({ path }: { path: string }) {
  const { register } = useFormContext<Values>();
  const id = fieldId(path);
  return (
    <label htmlFor={id} className="flex min-h-11 items-center gap-3 text-stone-800">
      <input id={id} type="checkbox" className={BOX_CLASS} {...register(path as Path<Values>)} />
      {labelForPath(path)}
    </label>
  );
}

/** "None of these apply": one tap answers the whole section "no" (IntakeForm clears its boxes). */
function NoneApplyControl({ path }: { path: string }) {
  const { register } = useFormContext<Values>();
  const error = useFieldError(path);
  const id = fieldId(path);
  return (
    <div className="border-t border-stone-200 pt-2">
      <label htmlFor={id} className="flex min-h-11 items-center gap-3 font-medium text-stone-900">
        <input
          id={id}
          type="checkbox"
          className={BOX_CLASS}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          {...register(path as Path<Values>)}
        />
        None of these apply
      </label>
      <ErrorText id={`${id}-error`} message={error} />
    </div>
  );
}

function ChoiceGroup({ field, multiple }: { field: Extract<FieldSpec, { kind: "radio" | "multi" }>; multiple: boolean }) {
  const { register } = useFormContext<Values>();
  const error = useFieldError(field.path);
  const id = fieldId(field.path);
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined} aria-invalid={error ? true : undefined}>
      <legend className="text-sm font-medium text-stone-800">{labelForPath(field.path)}</legend>
      <div className="mt-1 grid gap-x-4 sm:grid-cols-2">
        {Object.entries(field.options).map(([value, label], index) => (
          <label key={value} className="flex min-h-11 items-center gap-3 text-stone-800">
            <input
              type={multiple ? "checkbox" : "radio"}
              value={value}
              id={index === 0 ? id : undefined}
              className={BOX_CLASS}
              {...register(field.path as Path<Values>)}
            />
            {label}
          </label>
        ))}
      </div>
      <ErrorText id={`${id}-error`} message={error} />
    </fieldset>
  );
}

/** Questions that open only when another answer makes them relevant (and vanish otherwise). */
function WhenControl({ field }: { field: Extract<FieldSpec, { kind: "when" }> }) {
  const value = useWatch<Values>({ name: field.path as Path<Values> });
  if (!field.is(value)) return null;
  return (
    <div className="ml-4 space-y-3 border-l-2 border-brand-100 pl-4">
      {field.fields.map((child) => (
        <IntakeField key={`${child.kind}-${child.path}`} field={child} />
      ))}
    </div>
  );
}

export function IntakeField({ field }: { field: FieldSpec }) {
  switch (field.kind) {
    case "text":
      return <TextControl field={field} />;
    case "check":
      return <CheckControl path={field.path} />;
    case "radio":
      return <ChoiceGroup field={field} multiple={false} />;
    case "multi":
      return <ChoiceGroup field={field} multiple />;
    case "when":
      return <WhenControl field={field} />;
    case "none":
      return <NoneApplyControl path={field.path} />;
  }
}
