import type { UseFormRegisterReturn } from "react-hook-form";
import { PasswordField } from "@/components/ui/TextField";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/schema";

type Field = { registration: UseFormRegisterReturn; error?: string };

/**
 * A new password and its confirmation, said the same way wherever one is chosen (sign-up, a
 * set-password link, a password change).
 */
export function NewPasswordFields(props: { idPrefix: string; label?: string; password: Field; confirm: Field }) {
  const label = props.label ?? "Password";
  return (
    <>
      <PasswordField
        id={`${props.idPrefix}-password`}
        label={label}
        autoComplete="new-password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words are strong and easy to remember.`}
        error={props.password.error}
        {...props.password.registration}
      />
      <PasswordField
        id={`${props.idPrefix}-confirm-password`}
        label={`Confirm ${label.toLowerCase()}`}
        autoComplete="new-password"
        error={props.confirm.error}
        {...props.confirm.registration}
      />
    </>
  );
}
