import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTime } from "@/lib/format/zoned";
import { requirePageActor } from "@/lib/auth/page-guard";
import { listOwnPlans } from "@/lib/homecare/client-queries";

export const metadata: Metadata = { title: "My homecare plans" };

/** The client's published homecare plans, newest first. */
export default async function HomecarePlansPage() {
  const actor = await requirePageActor("homecare:view-own", "/account/homecare");
  const plans = await listOwnPlans(actor);
  return (
    <div className="max-w-2xl space-y-6">
      <header>
        <p>
          <Link href="/account" className="text-brand-700 underline">
            My account
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">My homecare plans</h1>
        <p className="mt-1 text-stone-700">
          Advice from your esthetician after each visit: what to do, what to avoid, and when to come back.
        </p>
      </header>
      {plans.length === 0 ? (
        <p>No plans yet. Your esthetician publishes one after your visit.</p>
      ) : (
        <ul className="space-y-3">
          {plans.map((plan) => (
            <li key={plan.id} className="rounded-xl border border-stone-200 bg-white p-4">
              <Link href={`/account/homecare/${plan.id}`} className="font-medium text-brand-700 underline">
                {plan.serviceName} on {formatDateTime(plan.visitStartsAt, plan.timeZone, { date: "long", time: "short" })}
              </Link>
              <p className="text-sm text-stone-600">With {plan.staffName}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
