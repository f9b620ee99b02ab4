import Link from "next/link";
import { SignOutButton } from "@/components/auth/SignOutButton";
import { navigationFor, type NavRole } from "./navigation";

type Props = {
  spaName: string;
  role: NavRole;
  userName: string | null;
  /** app/signout/actions.ts, passed in by the layout. */
  signOut: () => Promise<void>;
};

export function SiteHeader({ spaName, role, userName, signOut }: Props) {
  const items = navigationFor(role);
  return (
    <header className="no-print border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-semibold tracking-tight text-brand-800">
          {spaName}
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap items-center gap-1 text-sm">
            {items.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="inline-flex min-h-11 items-center rounded-md px-3 hover:bg-brand-50">
                  {item.label}
                </Link>
              </li>
            ))}
            {role && (
              <li className="flex items-center gap-2 pl-2">
                <Link
                  href="/account/security"
                  className="inline-flex min-h-11 items-center rounded-md px-2 text-stone-700 underline-offset-2 hover:underline"
                >
                  <span className="sr-only">Signed in as </span>
                  {userName}
                  <span className="sr-only">: sign-in and security</span>
                </Link>
                <SignOutButton action={signOut} />
              </li>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}
