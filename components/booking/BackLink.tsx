import Link from "next/link";

/** "← Choose another time": the way back one step of the booking pages. */
export function BackLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <p className="mt-8">
      <Link href={href} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
        <span aria-hidden="true">←&nbsp;</span>
        {children}
      </Link>
    </p>
  );
}
