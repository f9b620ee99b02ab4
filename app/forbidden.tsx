import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-semibold">You don’t have access to this page</h1>
      <p className="mt-2 text-stone-700">
        This area is for a different kind of account. If you think you should see it, ask the spa’s admin to check your account’s role.
      </p>
      <Link href="/" className="mt-4 inline-block underline">
        Go to the home page
      </Link>
    </div>
  );
}
