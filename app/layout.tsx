import type { Metadata } from "next";
import { connection } from "next/server";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { getActor } from "@/lib/auth/actor";
import { getSpaLocation } from "@/lib/location/queries";
import "./globals.css";

// Every page shows the spa's current details and the visitor's session, so nothing is prerendered
// at build time (and the build never needs the database).
export async function generateMetadata(): Promise<Metadata> {
  await connection();
  const spa = await getSpaLocation();
  const name = spa?.name ?? "Glowbook";
  return { title: { default: name, template: `%s · ${name}` }, description: `Book a facial at ${name}.` };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  await connection();
  const [spa, actor] = await Promise.all([getSpaLocation(), getActor()]);
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Skip to main content
        </a>
        <SiteHeader spaName={spa?.name ?? "Glowbook"} role={actor?.role ?? null} userName={actor?.name ?? null} />
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
          {children}
        </main>
        <SiteFooter spa={spa} />
      </body>
    </html>
  );
}
