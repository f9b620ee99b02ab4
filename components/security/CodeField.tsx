import { TextField } from "@/components/ui/TextField";

/** A six-digit authenticator code: numeric keyboard on phones, one-time-code autofill. */
export function CodeField(props: { id: string; label: string; value: string; onChange: (value: string) => void; error: string | null }) {
  return (
    <TextField
      id={props.id}
      label={props.label}
      inputMode="numeric"
      autoComplete="one-time-code"
      maxLength={6}
      value={props.value}
      onChange={(event) => props.onChange(event.target.value)}
      error={props.error ?? undefined}
      className="max-w-56"
    />
  );
}
