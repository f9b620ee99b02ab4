import type { PlanReview } from "@/lib/homecare/review";
import { formatDateTime } from "@/lib/format/zoned";
import { PublishButton } from "./PublishButton";
import type { ServerAction } from "@/lib/actions/types";

type Plan = NonNullable<PlanReview["plan"]>;

/** Draft or published, by whom and when; the publish action while it is a draft. */
export function PlanStatus(props: {
  plan: Plan;
  appointmentId: string;
  timeZone: string;
  publish: ServerAction<{ appointmentId: string }>;
}) {
  const { plan, appointmentId, timeZone, publish } = props;
  return (
    <section aria-labelledby="state-heading" className="space-y-3 rounded-xl border border-stone-200 bg-white p-6">
      <h2 id="state-heading" className="text-lg font-semibold">
        {plan.state === "PUBLISHED" ? "Published" : "Draft — the client can't see it yet"}
      </h2>
      <p className="text-sm text-stone-600">Drafted by the homecare rules, version {plan.engineVersion}.</p>
      {plan.state === "PUBLISHED" && plan.publishedAt ? (
        <p>
          Published by {plan.publishedByName} on {formatDateTime(plan.publishedAt, timeZone, { date: "long", time: "short" })}. Changes you
          make now are shown to the client straight away.
        </p>
      ) : (
        <PublishButton appointmentId={appointmentId} publish={publish} />
      )}
    </section>
  );
}
