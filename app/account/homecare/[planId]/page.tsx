import type { Metadata } from "next";
import Link from "next/link";
import { PrintButton } from "@/components/homecare/PrintButton";
import { PlanView } from "@/components/homecare/PlanView";
import { formatDateTime } from "@/lib/format/zoned";
import { orNotFound, requirePageActor } from "@/lib/auth/page-guard";
import { getOwnPlan } from "@/lib/homecare/client-queries";
import { homecarePdfFilename, homecarePdfHref } from "@/lib/homecare/pdf-file";

export const metadata: Metadata = { title: "Your homecare plan" };

type Props = { params: Promise<{ planId: string }> };

// The root layout's header and footer are site navigation: printed, the plan stands alone.
const PRINT_CSS = `@media print {
  body > header, body > footer, body > a { display: none !important; }
  main { max-width: none !important; padding: 0 !important; }
  body { font-size: 11pt; }
  @page { margin: 14mm; }
}`;

/** One published plan: reads and prints cleanly (one or two pages), with the spa's details and rebooking. */
export default async function HomecarePlanPage({ params }: Props) {
  const { planId } = await params;
  const actor = await requirePageActor("homecare:view-own", `/account/homecare/${planId}`);
  const plan = await orNotFound(getOwnPlan(actor, planId));
  return (
    <article className="max-w-3xl space-y-6 print:space-y-3">
      <style>{PRINT_CSS}</style>
      <p className="no-print">
        <Link href="/account/homecare" className="text-brand-700 underline">
          All my homecare plans
        </Link>
      </p>
      <header className="space-y-1">
        <p className="text-sm font-medium text-brand-700 print:text-stone-900">{plan.spa.name}</p>
        <h1 className="text-2xl font-semibold print:text-xl">Your homecare plan</h1>
        <p className="text-stone-700">
          After your {plan.serviceName} on {formatDateTime(plan.visitStartsAt, plan.timeZone, { date: "long", time: "short" })} with{" "}
          {plan.staffName}
        </p>
      </header>
      <div className="no-print flex flex-wrap gap-3">
        {plan.content.nextVisit.bookable === false ? (
          // The treatment is not bookable online until a condition is cleared: no booking link that /book would refuse.
          <a
            href={`tel:${plan.spa.phone.replace(/[^\d+]/g, "")}`}
            className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-5 font-medium text-white hover:bg-brand-800"
          >
            Call us about your next visit
          </a>
        ) : (
          <Link
            href={plan.rebookHref}
            className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-5 font-medium text-white hover:bg-brand-800"
          >
            Book your next visit
          </Link>
        )}
        <PrintButton />
        <a
          href={homecarePdfHref(plan.id)}
          download={homecarePdfFilename(plan.content)}
          className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 px-5 font-medium"
        >
          Download PDF
        </a>
      </div>
      <PlanView plan={plan.content} />
      <footer className="border-t border-stone-200 pt-3 text-sm text-stone-700">
        <p className="font-medium">{plan.spa.name}</p>
        <p>{plan.spa.address}</p>
        <p>
          {plan.spa.phone} · {plan.spa.email}
        </p>
        <p className="mt-1 text-stone-600">Questions about your skin or this plan? Call or write to us.</p>
      </footer>
    </article>
  );
}
