import type { Metadata } from "next";
import Link from "next/link";
import { enumLabel } from "@/components/admin/labels";
import { ResourceForm } from "@/components/admin/ResourceForm";
import { ResourceToggle } from "@/components/admin/ResourceToggle";
import { listResources } from "@/lib/catalog/admin-queries";
import { requirePageActor } from "@/lib/auth/page-guard";
import { createResourceAction, setResourceActiveAction } from "./actions";

export const metadata: Metadata = { title: "Rooms and equipment" };

export default async function ResourcesPage() {
  const actor = await requirePageActor("admin:manage-services", "/admin/resources");
  const resources = await listResources(actor);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin" className="text-brand-700 underline">
          ← Admin
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">Rooms and equipment</h1>
      <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="bg-stone-100 text-stone-700">
            <tr>
              <th scope="col" className="px-4 py-2">
                Name
              </th>
              <th scope="col" className="px-4 py-2">
                Kind
              </th>
              <th scope="col" className="px-4 py-2">
                Status
              </th>
              <th scope="col" className="px-4 py-2">
                Action
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {resources.map((r) => (
              <tr key={r.id}>
                <th scope="row" className="px-4 py-2 font-medium">
                  {r.name}
                </th>
                <td className="px-4 py-2">{enumLabel(r.kind)}</td>
                <td className="px-4 py-2">{r.active ? "In use" : "Out of use"}</td>
                <td className="px-4 py-2">
                  <ResourceToggle resourceId={r.id} name={r.name} active={r.active} action={setResourceActiveAction} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="add-resource-heading" className="space-y-2">
        <h2 id="add-resource-heading" className="text-lg font-semibold">
          Add a room or device
        </h2>
        <ResourceForm action={createResourceAction} />
      </section>
    </div>
  );
}
