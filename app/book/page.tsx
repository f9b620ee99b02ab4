import type { Metadata } from "next";
import Link from "next/link";
import { BackLink } from "@/components/booking/BackLink";
import { BookingSummary } from "@/components/booking/BookingSummary";
import { FirstAvailable } from "@/components/booking/FirstAvailable";
import { BookabilityNotice, IntakeFirstNotice } from "@/components/booking/BookabilityNotice";
import { BookingProgress } from "@/components/booking/BookingProgress";
import { LazyBookingReviewForm } from "@/components/booking/lazy-forms";
import { ReviewFacts } from "@/components/booking/ReviewFacts";
import { ServicePicker } from "@/components/booking/ServicePicker";
import { SignUpToBook } from "@/components/booking/SignUpToBook";
import { SlotPicker } from "@/components/booking/SlotPicker";
import { StaffPicker } from "@/components/booking/StaffPicker";
import { StepHeading } from "@/components/booking/StepHeading";
import { getActor } from "@/lib/auth/actor";
import { newIdempotencyKey } from "@/lib/idempotency/schema";
import { can, type Actor } from "@/lib/auth/policy";
import { getBookability, type Bookability } from "@/lib/booking/bookability";
import { getBookingContext, type BookingContext } from "@/lib/booking/staff-options";
import { findFirstFreeTimes, NEXT_FREE_SEARCH_DAYS } from "@/lib/booking/next-free";
import { formatSoon } from "@/lib/format/zoned";
import { isoInstant, localDate } from "@/lib/validation/fields";
import { listActiveServices } from "@/lib/catalog/queries";
import { formatDuration } from "@/lib/format/duration";
import { formatPrice } from "@/lib/format/money";
import { addDays, getLocalDate } from "@/lib/dates/local-date";
import { signUpAction } from "../signup/actions";
import { bookAppointmentAction, loadMonthAvailabilityAction } from "./actions";

export const metadata: Metadata = { title: "Book a facial" };

type SearchParams = Record<string, string | string[] | undefined>;
type Selection = { service: string; staff: string | null; date: string | null; time: string | null; until: string | null };

function readSelection(params: SearchParams): Selection {
  const one = (key: string) => (typeof params[key] === "string" ? (params[key] as string) : null);
  const date = one("date");
  const time = one("time");
  const until = one("until");
  return {
    service: one("service") ?? "",
    staff: one("staff"),
    date: date && localDate.safeParse(date).success ? date : null,
    time: time && isoInstant.safeParse(time).success ? time : null,
    until: until && localDate.safeParse(until).success ? until : null,
  };
}

function bookHref(selection: Partial<Selection>): string {
  const query = new URLSearchParams();
  for (const key of ["service", "staff", "date", "time", "until"] as const) {
    const value = selection[key];
    if (value) query.set(key, value);
  }
  return `/book?${query}`;
}

export default async function BookPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const selection = readSelection(await searchParams);
  const context = selection.service ? await getBookingContext(selection.service) : null;
  if (!context) {
    const services = await listActiveServices();
    return (
      <BookingFrame step={1}>
        {selection.service && <p className="mb-4 text-stone-700">That treatment is not open for booking. Please choose another.</p>}
        <ServicePicker services={services} />
      </BookingFrame>
    );
  }
  const service = context.service.slug;
  // A signed-in client learns before the time step whether they can book this online at all.
  const actor = await getActor();
  const bookability = actor && can(actor, "booking:book-own") ? await getBookability(actor, context.service.id) : null;
  const stop = bookingStop(bookability, context, bookHref(selection));
  if (stop) {
    return (
      <BookingFrame step={2} serviceName={context.service.name}>
        <div className="mt-4 max-w-2xl">{stop}</div>
        <BackLink href="/book">Choose another treatment</BackLink>
      </BookingFrame>
    );
  }
  const notice = bookability && <BookabilityNotice serviceName={context.service.name} bookability={bookability} spa={context.location} />;
  const staffName = selection.staff === "any" ? "Any esthetician" : context.staff.find((s) => s.id === selection.staff)?.displayName;
  const firstDate = bookability?.firstDate ?? null;
  const timeZone = context.location.timeZone;
  const summary = {
    serviceName: context.service.name,
    durationLabel: formatDuration(context.service.durationMinutes),
    priceLabel: formatPrice(context.service.priceCents, context.service.currency),
  };
  const slotHref = (slot: { date: string; start: string }, staff: string) =>
    bookHref({ service, staff, date: slot.date, time: slot.start });
  if (!selection.staff || !staffName) {
    const free = await findFirstFreeTimes(context.service.id, timeZone, new Date(), firstDate);
    const nextFree = free.first ? { any: free.first.start, ...free.byStaff } : free.byStaff;
    const firstHref = free.first && slotHref(free.first, "any");
    return (
      <BookingFrame
        step={2}
        serviceName={context.service.name}
        summary={<BookingSummary {...summary} action={firstHref ? { href: firstHref, label: "Book first available" } : null} />}
      >
        {notice && <div className="mt-4 max-w-2xl">{notice}</div>}
        {free.first && firstHref && (
          <FirstAvailable start={free.first.start} timeZone={timeZone} href={firstHref} who="with whichever esthetician is free" />
        )}
        <div className="mt-6">
          <StaffPicker
            staff={context.staff}
            hrefFor={(staff) => bookHref({ service, staff, date: selection.date, until: selection.until })}
            nextFree={nextFree}
            searchDays={NEXT_FREE_SEARCH_DAYS}
            timeZone={timeZone}
          />
        </div>
        <BackLink href="/book">Choose another treatment</BackLink>
      </BookingFrame>
    );
  }
  const staffId = selection.staff === "any" ? null : selection.staff;
  // A time before the first date the client may book (a link kept from before) goes back to the picker.
  const tooEarly = firstDate !== null && selection.time !== null && getLocalDate(new Date(selection.time), timeZone) < firstDate;
  const time = tooEarly ? null : selection.time;
  const today = getLocalDate(new Date(), timeZone);
  const recommended =
    selection.date && selection.until && selection.until >= selection.date ? { from: selection.date, to: selection.until } : null;
  // Before a time is chosen, the summary's call to action is this choice's soonest time.
  const soonest = time ? null : await soonestFor(context.service.id, timeZone, firstDate, staffId);
  const action = time
    ? { href: "#confirm", label: actor ? "Confirm" : "Sign up" }
    : soonest && { href: slotHref(soonest, selection.staff), label: "First available" };
  return (
    <BookingFrame
      step={time ? 4 : 3}
      serviceName={context.service.name}
      summary={<BookingSummary {...summary} staffName={staffName} when={time ? formatSoon(time, timeZone) : null} action={action} />}
    >
      <StepHeading key="step-3" id="step-heading">
        Choose a day and time
      </StepHeading>
      <p className="mb-4 mt-1 text-stone-700">
        {staffId ? `With ${staffName}.` : "With any esthetician: we assign whoever is free at the time you pick."}{" "}
        <Link
          href={bookHref({ service, date: selection.date, until: selection.until })}
          className="inline-flex min-h-11 items-center font-medium text-brand-700 underline"
        >
          Change esthetician
        </Link>
      </p>
      {notice && <div className="mb-4 max-w-2xl">{notice}</div>}
      <SlotPicker
        query={{ service: context.service.id }}
        staffId={staffId}
        timeZone={timeZone}
        today={today}
        firstDate={firstDate && firstDate > today ? firstDate : null}
        lastDate={addDays(today, context.policy.maxAdvanceDays)}
        initialDate={selection.date}
        selectedTime={time}
        recommended={recommended}
        baseHref={bookHref({ service, staff: selection.staff, until: selection.until })}
        loadMonth={loadMonthAvailabilityAction}
      />
      {time ? (
        <section id="confirm" aria-labelledby="confirm-heading" className="mt-8 max-w-2xl scroll-mt-4">
          <StepHeading key={`step-4-${time}`} id="confirm-heading">
            Review and confirm
          </StepHeading>
          <div className="mt-4">
            <ReviewStep
              context={context}
              selection={{ ...selection, time }}
              staffName={staffName}
              staffId={staffId}
              summary={summary}
              actor={actor}
              bookability={bookability}
            />
          </div>
        </section>
      ) : (
        <p className="mt-6 rounded-xl border border-stone-200 bg-white p-4 text-stone-700">
          Nothing fits?{" "}
          <Link
            href={`/book/waitlist?${new URLSearchParams({ service, staff: selection.staff })}`}
            className="inline-flex min-h-11 items-center font-medium text-brand-700 underline"
          >
            Join the waitlist
          </Link>{" "}
          and we&apos;ll email you when a time you want frees up.
        </p>
      )}
    </BookingFrame>
  );
}

/** The soonest free time with this esthetician (or anyone), as the slot to link to. */
async function soonestFor(serviceId: string, timeZone: string, firstDate: string | null, staffId: string | null) {
  const free = await findFirstFreeTimes(serviceId, timeZone, new Date(), firstDate);
  const start = staffId ? free.byStaff[staffId] : free.first?.start;
  return start ? { start, date: getLocalDate(new Date(start), timeZone) } : null;
}

/** The confirm step, from what the page has already read (the actor, their bookability, the summary's labels). */
function ReviewStep(props: {
  context: BookingContext;
  selection: Selection & { time: string };
  staffName: string;
  staffId: string | null;
  summary: { serviceName: string; durationLabel: string; priceLabel: string };
  actor: Actor | null;
  bookability: Bookability | null;
}) {
  const { context, selection, actor, bookability } = props;
  const details = {
    ...props.summary,
    staffName: props.staffId ? props.staffName : "Any esthetician (we assign whoever is free)",
    timeZone: context.location.timeZone,
    cancellationWindowHours: context.policy.cancellationWindowHours,
    renderedAt: new Date().toISOString(),
  };
  if (!actor) {
    return (
      <div className="space-y-5">
        <ReviewFacts details={details} startsAt={selection.time} />
        <SignUpToBook action={signUpAction} returnTo={bookHref(selection)} />
      </div>
    );
  }
  if (!can(actor, "booking:book-own")) {
    return <p className="text-stone-700">Online booking is for client accounts. Please book for a client from the admin calendar.</p>;
  }
  const defaultValues = {
    serviceId: context.service.id,
    staffId: props.staffId,
    startsAt: selection.time,
    clientNotes: "",
    requestKey: newIdempotencyKey(),
  };
  const notesHint =
    bookability?.intakeRequiredAt === "AT_BOOKING"
      ? "Anything we should know before your visit. Your health questions are in your intake form."
      : undefined;
  return <LazyBookingReviewForm details={details} defaultValues={defaultValues} action={bookAppointmentAction} notesHint={notesHint} />;
}

/**
 * What stops a signed-in client before the time step: the spa wants the intake first, or the
 * treatment is not bookable online until cleared (a dated block shows a notice and the picker
 * starts on that date instead).
 */
function bookingStop(bookability: Bookability | null, context: BookingContext, returnTo: string) {
  if (!bookability) return null;
  if (bookability.intakeNeeded) return <IntakeFirstNotice state={bookability.intakeNeeded} returnTo={returnTo} />;
  if (bookability.eligibility.blocked && bookability.firstDate === null) {
    return <BookabilityNotice serviceName={context.service.name} bookability={bookability} spa={context.location} />;
  }
  return null;
}

function BookingFrame(props: { step: number; serviceName?: string; summary?: React.ReactNode; children: React.ReactNode }) {
  return (
    <div>
      <h1 className="text-2xl font-semibold tracking-tight">{props.serviceName ? `Book: ${props.serviceName}` : "Book a facial"}</h1>
      <div className="mt-3">
        <BookingProgress current={props.step} />
      </div>
      {props.children}
      {props.summary}
    </div>
  );
}
