import Link from "next/link";
import { LazySignUpForm } from "./lazy-forms";
import type { ServerAction } from "@/lib/actions/types";
import { authPageHref } from "@/lib/auth/callback-url";
import type { SignUpInput } from "@/lib/auth/schema";

type Props = {
  /** app/signup/actions.ts's action, passed in by the page. */
  action: ServerAction<SignUpInput & { callbackUrl?: string | null }>;
  /** This selection's URL: the emailed link (or a sign-in) comes straight back to it. */
  returnTo: string;
};

/**
 * Signed out at the confirm step: create an account right here (name, email, password) without
 * leaving the chosen time, or sign in.
 */
export function SignUpToBook({ action, returnTo }: Props) {
  return (
    <section aria-labelledby="sign-up-to-book" className="rounded-xl border border-brand-100 bg-brand-50 p-4">
      <h3 id="sign-up-to-book" className="font-semibold">
        Create an account to book this time
      </h3>
      <p className="mt-1 text-sm text-stone-700">
        Three fields. We email you a link to confirm, and it brings you straight back here with this time chosen.
      </p>
      <LazySignUpForm action={action} callbackUrl={returnTo} />
      <p className="mt-4 text-sm text-stone-700">
        Already have an account?{" "}
        <Link href={authPageHref("/signin", returnTo)} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
          Sign in to book
        </Link>
      </p>
    </section>
  );
}
