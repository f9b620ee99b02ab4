import Link from "next/link";
import { authPageHref } from "@/lib/auth/callback-url";

/** Signed out at the review step: sign in or sign up, then come straight back to this selection. */
export function SignInToBook({ returnTo, what = "book this time" }: { returnTo: string; what?: string }) {
  return (
    <div className="rounded-xl border border-brand-100 bg-brand-50 p-4">
      <p className="font-medium">Sign in or create an account to {what}.</p>
      <p className="mt-1 text-sm text-stone-700">Your choice is kept: you come straight back here afterwards.</p>
      <div className="mt-3 flex flex-wrap gap-3">
        <Link
          href={authPageHref("/signup", returnTo)}
          className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-4 font-medium text-white hover:bg-brand-800"
        >
          Create an account
        </Link>
        <Link
          href={authPageHref("/signin", returnTo)}
          className="inline-flex min-h-11 items-center rounded-lg border border-brand-700 bg-white px-4 font-medium text-brand-800 hover:bg-brand-50"
        >
          Sign in
        </Link>
      </div>
    </div>
  );
}
