import type { Metadata } from "next";
import { ProfileForm } from "@/components/account/ProfileForm";
import { getOwnProfile } from "@/lib/account/queries";
import { requirePageActor } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "My account" };

export default async function AccountPage() {
  const actor = await requirePageActor("account:view-own-profile", "/account");
  const profile = await getOwnProfile(actor);
  const memberSince = new Intl.DateTimeFormat("en-US", { dateStyle: "long" }).format(profile.memberSince);
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-2xl font-semibold">My account</h1>
        <p className="mt-1 text-stone-600">
          Signed in as {profile.email} · client since {memberSince}
        </p>
      </header>
      <section aria-labelledby="profile-heading" className="max-w-lg rounded-xl border border-stone-200 bg-white p-6">
        <h2 id="profile-heading" className="text-lg font-semibold">
          Contact details
        </h2>
        <p className="mt-1 text-sm text-stone-600">We use these to confirm your visits and reach you if plans change.</p>
        <ProfileForm defaultValues={{ name: profile.name, phone: profile.phone ?? "" }} />
      </section>
    </div>
  );
}
