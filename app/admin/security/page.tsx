import type { Metadata } from "next";
import Link from "next/link";
import { SecurityPolicyForm } from "@/components/security/SecurityPolicyForm";
import { DataTable } from "@/components/ui/DataTable";
import { requirePageActor } from "@/lib/auth/page-guard";
import { getSecurityPolicy } from "@/lib/security/policy";
import { updateSecurityPolicyAction } from "./actions";

export const metadata: Metadata = { title: "Security" };

const ROLE_LABELS: Record<string, string> = { ADMIN: "Admin", ESTHETICIAN: "Esthetician" };

export default async function AdminSecurityPage() {
  const actor = await requirePageActor("admin:manage-security", "/admin/security");
  const { requireStaffTwoFactor, staff } = await getSecurityPolicy(actor);
  return (
    <div className="space-y-8">
      <p>
        <Link href="/admin" className="text-brand-700 underline">
          ← Admin
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">Security</h1>
      <section aria-labelledby="policy-heading" className="max-w-2xl rounded-xl border border-stone-200 bg-white p-6">
        <h2 id="policy-heading" className="mb-3 text-lg font-semibold">
          Second step for staff
        </h2>
        <SecurityPolicyForm defaultValues={{ requireStaffTwoFactor }} action={updateSecurityPolicyAction} />
      </section>
      <section aria-labelledby="staff-two-factor-heading">
        <h2 id="staff-two-factor-heading" className="mb-3 text-lg font-semibold">
          Staff accounts
        </h2>
        <DataTable
          rows={staff}
          rowKey={(member) => member.userId}
          rowHeader={{ header: "Name", label: (member) => member.name }}
          columns={[
            { header: "Email", cell: (member) => member.email },
            { header: "Role", cell: (member) => ROLE_LABELS[member.role] ?? member.role },
            {
              header: "Second step",
              cell: (member) =>
                [
                  member.totp ? "Authenticator app" : null,
                  member.passkeys > 0 ? `${member.passkeys} passkey${member.passkeys === 1 ? "" : "s"}` : null,
                ]
                  .filter(Boolean)
                  .join(", ") || "None yet",
            },
          ]}
        />
      </section>
    </div>
  );
}
