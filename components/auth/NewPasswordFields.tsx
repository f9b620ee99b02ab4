"use client";

import { useState } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { PasswordField } from "@/components/ui/TextField";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-length";

type Field = { registration: UseFormRegisterReturn; error?: string };

/**
 * A new password, said the same way wherever one is chosen (sign-up, a set-password link, a
 * password change): with a confirmation field, or (sign-up, where every field counts) with
 * "Show password" instead so a typo can be seen rather than typed twice.
 */
export function NewPasswordFields(props: { idPrefix: string; label?: string; password: Field; confirm?: Field }) {
  const label = props.label ?? "Password";
  const [shown, setShown] = useState(false);
  const showId = `${props.idPrefix}-show-password`;
  return (
    <>
      <PasswordField
        id={`${props.idPrefix}-password`}
        label={label}
        autoComplete="new-password"
        revealed={shown}
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words are strong and easy to remember.`}
        error={props.password.error}
        {...props.password.registration}
      />
      {props.confirm ? (
        <PasswordField
          id={`${props.idPrefix}-confirm-password`}
          label={`Confirm ${label.toLowerCase()}`}
          autoComplete="new-password"
          error={props.confirm.error}
          {...props.confirm.registration}
        />
      ) : (
        <div className="-mt-2 flex min-h-11 items-center gap-2">
          <input
            id={showId}
            type="checkbox"
            checked={shown}
            onChange={(event) => setShown(event.target.checked)}
            className="h-5 w-5 shrink-0"
          />
          <label htmlFor={showId} className="text-sm text-stone-800">
            Show password
          </label>
        </div>
      )}
    </>
  );
}
