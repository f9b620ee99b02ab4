import type { Metadata } from "next";
import Link from "next/link";
import { PhotoPolicyForm } from "@/components/admin/PhotoPolicyForm";
import { requirePageActor } from "@/lib/auth/page-guard";
import { getPhotoPolicy } from "@/lib/photos/settings";
import { updatePhotoPolicyAction } from "./actions";

export const metadata: Metadata = { title: "Photo settings" };

export default async function PhotoSettingsPage() {
  const actor = await requirePageActor("photos:manage-settings", "/admin/photos");
  const policy = await getPhotoPolicy(actor);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin" className="text-brand-700 underline">
          ← Admin
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">Photo settings</h1>
      <p className="max-w-2xl text-stone-700">
        Clinical photos need the client&apos;s consent and are seen only by their treating estheticians and admins. Every view, download and
        export is in the audit log.
      </p>
      <PhotoPolicyForm defaultValues={policy} action={updatePhotoPolicyAction} />
    </div>
  );
}
