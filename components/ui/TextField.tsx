import type { InputHTMLAttributes } from "react";

type Props = InputHTMLAttributes<HTMLInputElement> & {
  id: string;
  label: string;
  error?: string;
  hint?: string;
};

/** A labelled input whose hint and error are announced with it (aria-describedby). */
export function TextField({ id, label, error, hint, className, ...input }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="mt-0.5 text-xs text-stone-600">
          {hint}
        </p>
      )}
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="mt-1 block min-h-11 w-full rounded-lg border border-stone-300 bg-white px-3 text-base aria-[invalid=true]:border-red-600 disabled:bg-stone-100"
        {...input}
      />
      {error && (
        <p id={errorId} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

/** An email address: the keyboard, autofill and spelling settings every email input wants. */
export function EmailField({ label = "Email", ...props }: Omit<Props, "type" | "label"> & { label?: string }) {
  return <TextField label={label} type="email" autoComplete="email" inputMode="email" spellCheck={false} {...props} />;
}

/**
 * A password; `autoComplete` says whether browsers should fill a saved one or offer a new one.
 * `revealed` shows it as text (a "Show password" choice next to it).
 */
export function PasswordField({
  revealed = false,
  ...props
}: Omit<Props, "type" | "autoComplete"> & { autoComplete: "current-password" | "new-password"; revealed?: boolean }) {
  return <TextField type={revealed ? "text" : "password"} spellCheck={false} autoCapitalize="none" {...props} />;
}
