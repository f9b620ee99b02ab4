import type { Metadata } from "next";
import Link from "next/link";
import { ServicesTable } from "@/components/admin/ServicesTable";
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
  { href: "/admin/calendar", label: "Calendar" },
  { href: "/admin/reports", label: "Reports" },
  { href: "/admin/audit", label: "Audit log" },
  { href: "/admin/emails", label: "Email log" },
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
              <Link href={link.href} className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 bg-white px-4 font-medium text-brand-800 hover:bg-stone-50">
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
        <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-stone-100 text-stone-700">
              <tr>
                <th scope="col" className="px-4 py-2">Name</th>
                <th scope="col" className="px-4 py-2">Email</th>
                <th scope="col" className="px-4 py-2">Services</th>
                <th scope="col" className="px-4 py-2">Hours per week</th>
                <th scope="col" className="px-4 py-2">Status</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {staff.map((member) => (
                <tr key={member.id}>
                  <th scope="row" className="px-4 py-2 font-medium">
                    <Link href={`/admin/staff/${member.id}`} className="text-brand-700 underline">
                      {member.displayName}
                    </Link>
                  </th>
                  <td className="px-4 py-2">{member.email}</td>
                  <td className="px-4 py-2">{member.serviceCount}</td>
                  <td className="px-4 py-2">{formatDuration(member.weeklyMinutes)}</td>
                  <td className="px-4 py-2">{member.active ? "Active" : "Inactive"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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
