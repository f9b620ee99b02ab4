import type { Metadata } from "next";
import Link from "next/link";
import { ServicesTable } from "@/components/admin/ServicesTable";
import { DataTable } from "@/components/ui/DataTable";
import { requirePageActor } from "@/lib/auth/page-guard";
import { listServicesForAdmin } from "@/lib/catalog/queries";
import { formatDuration } from "@/lib/format/duration";
import { listStaff } from "@/lib/staff/queries";

export const metadata: Metadata = { title: "Admin" };

const ADMIN_LINKS = [
  { href: "/admin/staff/new", label: "New esthetician" },
  { href: "/admin/services", label: "Services" },
  { href: "/admin/resources", label: "Rooms and equipment" },
  { href: "/admin/policy", label: "Booking policy" },
  { href: "/admin/photos", label: "Photo settings" },
  { href: "/admin/calendar", label: "Calendar" },
  { href: "/admin/waitlist", label: "Waitlist" },
  { href: "/admin/reports", label: "Reports" },
  { href: "/admin/audit", label: "Audit log" },
  { href: "/admin/emails", label: "Email log" },
  { href: "/admin/security", label: "Security" },
  { href: "/admin/privacy", label: "Privacy requests" },
  { href: "/admin/import", label: "Import" },
  { href: "/admin/export", label: "Export" },
] as const;

export default async function AdminHomePage() {
  const actor = await requirePageActor("admin:view-staff", "/admin");
  const [staff, services] = await Promise.all([listStaff(actor), listServicesForAdmin(actor)]);
  return (
    <div className="space-y-10">
      <h1 className="text-2xl font-semibold">Admin</h1>
      <nav aria-label="Admin sections">
        <ul className="flex flex-wrap gap-3">
          {ADMIN_LINKS.map((link) => (
            <li key={link.href}>
              <Link
                href={link.href}
                className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 bg-white px-4 font-medium text-brand-800 hover:bg-stone-50"
              >
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="staff-heading">
        <h2 id="staff-heading" className="mb-3 text-lg font-semibold">
          Staff
        </h2>
        <DataTable
          rows={staff}
          rowKey={(member) => member.id}
          rowHeader={{ header: "Name", label: (member) => member.displayName, href: (member) => `/admin/staff/${member.id}` }}
          columns={[
            { header: "Email", cell: (member) => member.email },
            { header: "Services", cell: (member) => member.serviceCount },
            { header: "Hours per week", cell: (member) => formatDuration(member.weeklyMinutes) },
            { header: "Status", cell: (member) => (member.active ? "Active" : "Inactive") },
          ]}
        />
      </section>
      <section aria-labelledby="admin-services-heading">
        <h2 id="admin-services-heading" className="mb-3 text-lg font-semibold">
          Services
        </h2>
        <ServicesTable services={services} />
      </section>
    </div>
  );
}
