import type { Metadata } from "next";
import { BackLink } from "@/components/booking/BackLink";
import { SignInToBook } from "@/components/booking/SignInToBook";
import { JoinWaitlistForm } from "@/components/waitlist/JoinWaitlistForm";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { getBookingContext } from "@/lib/booking/staff-options";
import { addDays, getLocalDate } from "@/lib/dates/local-date";
import { joinWaitlistAction } from "../actions";

export const metadata: Metadata = { title: "Join the waitlist" };

type SearchParams = Record<string, string | string[] | undefined>;

/** From /book when nothing fits: wait for a time with this treatment (and esthetician, or any). */
export default async function JoinWaitlistPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const service = typeof params.service === "string" ? params.service : "";
  const staff = typeof params.staff === "string" ? params.staff : "any";
  const context = await getBookingContext(service);
  if (!context) {
    return (
      <Frame title="Join the waitlist">
        <p className="text-stone-700">That treatment is not open for booking.</p>
        <BackLink href="/book">Choose a treatment</BackLink>
      </Frame>
    );
  }
  const chosen = context.staff.find((member) => member.id === staff) ?? null;
  const today = getLocalDate(new Date(), context.location.timeZone);
  const lastDate = addDays(today, context.policy.maxAdvanceDays);
  const back = `/book?${new URLSearchParams({ service: context.service.slug, staff: chosen?.id ?? "any" })}`;
  const actor = await getActor();
  return (
    <Frame title={`Waitlist: ${context.service.name}`}>
      <p className="max-w-2xl text-stone-700">
        {chosen ? `With ${chosen.displayName}.` : "With any esthetician."} When a time that suits you frees up, we email you and hold it for
        you for a short while: book it with one click from the email, or let it go to the next person.
      </p>
      <div className="mt-6 max-w-2xl rounded-xl border border-stone-200 bg-white p-6">
        {!actor ? (
          <SignInToBook
            what="join the waitlist"
            returnTo={`/book/waitlist?${new URLSearchParams({ service: context.service.slug, staff })}`}
          />
        ) : !can(actor, "waitlist:join-own") ? (
          <p className="text-stone-700">The waitlist is for client accounts. Staff add clients from the desk&apos;s waitlist page.</p>
        ) : (
          <JoinWaitlistForm
            today={today}
            lastDate={lastDate}
            action={joinWaitlistAction}
            defaultValues={{
              serviceId: context.service.id,
              staffId: chosen?.id ?? null,
              fromDate: today,
              toDate: addDays(today, 13),
              weekdays: [],
              dayParts: [],
            }}
          />
        )}
      </div>
      <BackLink href={back}>Back to the times</BackLink>
    </Frame>
  );
}

function Frame({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div>
      <h1 className="mb-3 text-2xl font-semibold tracking-tight">{title}</h1>
      {children}
    </div>
  );
}
