import type { Metadata } from "next";
import { connection } from "next/server";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { getActor } from "@/lib/auth/actor";
import { OutageNotice } from "@/components/layout/OutageNotice";
import { DATABASE_UNAVAILABLE, unlessUnavailable } from "@/lib/errors/unavailable";
import { getSpaLocation } from "@/lib/location/queries";
import { signOutAction } from "./signout/actions";
import "./globals.css";

// Every page shows the spa's current details and the visitor's session, so nothing is prerendered
// at build time (and the build never needs the database).
export async function generateMetadata(): Promise<Metadata> {
  await connection();
  const spa = await unlessUnavailable(getSpaLocation());
  const name = spa === DATABASE_UNAVAILABLE ? "Glowbook" : (spa?.name ?? "Glowbook");
  return { title: { default: name, template: `%s · ${name}` }, description: `Book a facial at ${name}.` };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  await connection();
  // The database out of reach: "we'll be back" instead of the page (which is then never rendered,
  // so it cannot fail too), and one log line per outage instead of a stack per request.
  const loaded = await unlessUnavailable(Promise.all([getSpaLocation(), getActor()]));
  const [spa, actor] = loaded === DATABASE_UNAVAILABLE ? [null, null] : loaded;
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Skip to main content
        </a>
        <SiteHeader spaName={spa?.name ?? "Glowbook"} role={actor?.role ?? null} userName={actor?.name ?? null} signOut={signOutAction} />
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
          {loaded === DATABASE_UNAVAILABLE ? <OutageNotice /> : children}
        </main>
        {/* Without its records the footer would claim no spa exists. */}
        {loaded !== DATABASE_UNAVAILABLE && <SiteFooter spa={spa} />}
      </body>
    </html>
  );
}
