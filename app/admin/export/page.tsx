import type { Metadata } from "next";
import Link from "next/link";
import { ExportForm } from "@/components/admin/import/ExportForm";
import { requirePageActor } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Export everything" };

export default async function ExportPage({ searchParams }: { searchParams: Promise<{ error?: string | string[] }> }) {
  await requirePageActor("admin:export-data", "/admin/export");
  const { error } = await searchParams;
  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin" className="text-brand-700 underline">
          ← Admin
        </Link>
      </p>
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">Export everything</h1>
        <p className="max-w-2xl text-stone-700">
          Your spa&apos;s data is yours: take all of it, whenever you like, at no cost, in files any spreadsheet or booking system can read.
          The clients and appointments files import straight back into Glowbook.
        </p>
      </div>
      <ExportForm error={typeof error === "string" ? error.slice(0, 300) : null} />
    </div>
  );
}
