import type { Metadata } from "next";
import Link from "next/link";
import { BackLink } from "@/components/booking/BackLink";
import { BookabilityNotice, IntakeFirstNotice } from "@/components/booking/BookabilityNotice";
import { BookingProgress } from "@/components/booking/BookingProgress";
import { BookingReviewForm } from "@/components/booking/BookingReviewForm";
import { ReviewFacts } from "@/components/booking/ReviewFacts";
import { ServicePicker } from "@/components/booking/ServicePicker";
import { SignInToBook } from "@/components/booking/SignInToBook";
import { SlotPicker } from "@/components/booking/SlotPicker";
import { StaffPicker } from "@/components/booking/StaffPicker";
import { StepHeading } from "@/components/booking/StepHeading";
import { getActor } from "@/lib/auth/actor";
import { newIdempotencyKey } from "@/lib/idempotency/schema";
import { can } from "@/lib/auth/policy";
import { getBookability, type Bookability } from "@/lib/booking/bookability";
import { getBookingContext, type BookingContext } from "@/lib/booking/staff-options";
import { isoInstant, localDate } from "@/lib/validation/fields";
import { listActiveServices } from "@/lib/catalog/queries";
import { formatDuration } from "@/lib/format/duration";
import { formatPrice } from "@/lib/format/money";
import { addDays, getLocalDate } from "@/lib/dates/local-date";
import { bookAppointmentAction, loadMonthAvailabilityAction } from "./actions";

export const metadata: Metadata = { title: "Book a facial" };

type SearchParams = Record<string, string | string[] | undefined>;
type Selection = { service: string; staff: string | null; date: string | null; time: string | null };

function readSelection(params: SearchParams): Selection {
  const one = (key: string) => (typeof params[key] === "string" ? (params[key] as string) : null);
  const date = one("date");
  const time = one("time");
  return {
    service: one("service") ?? "",
    staff: one("staff"),
    date: date && localDate.safeParse(date).success ? date : null,
    time: time && isoInstant.safeParse(time).success ? time : null,
  };
}

function bookHref(selection: Partial<Selection>): string {
  const query = new URLSearchParams();
  for (const key of ["service", "staff", "date", "time"] as const) {
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
  if (!selection.staff || !staffName) {
    return (
      <BookingFrame step={2} serviceName={context.service.name}>
        {notice && <div className="mt-4 max-w-2xl">{notice}</div>}
        <StaffPicker staff={context.staff} hrefFor={(staff) => bookHref({ service, staff })} />
        <BackLink href="/book">Choose another treatment</BackLink>
      </BookingFrame>
    );
  }
  const staffId = selection.staff === "any" ? null : selection.staff;
  const firstDate = bookability?.firstDate ?? null;
  // A time before the first date the client may book (a link kept from before) goes back to the picker.
  const tooEarly =
    firstDate !== null && selection.time !== null && getLocalDate(new Date(selection.time), context.location.timeZone) < firstDate;
  if (!selection.time || tooEarly) {
    const today = getLocalDate(new Date(), context.location.timeZone);
    return (
      <BookingFrame step={3} serviceName={context.service.name}>
        <StepHeading key="step-3" id="step-heading">
          Choose a day and time
        </StepHeading>
        <p className="mb-4 mt-1 text-stone-700">
          {staffId ? `With ${staffName}.` : "With any esthetician: we assign whoever is free at the time you pick."}
        </p>
        {notice && <div className="mb-4 max-w-2xl">{notice}</div>}
        <SlotPicker
          query={{ service: context.service.id }}
          staffId={staffId}
          timeZone={context.location.timeZone}
          today={today}
          firstDate={firstDate && firstDate > today ? firstDate : null}
          lastDate={addDays(today, context.policy.maxAdvanceDays)}
          initialDate={selection.date}
          selectedTime={null}
          baseHref={bookHref({ service, staff: selection.staff })}
          loadMonth={loadMonthAvailabilityAction}
        />
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
        <BackLink href={bookHref({ service })}>Choose another esthetician</BackLink>
      </BookingFrame>
    );
  }
  return (
    <BookingFrame step={4} serviceName={context.service.name}>
      <StepHeading key="step-4" id="step-heading">
        Review and confirm
      </StepHeading>
      <div className="mt-4 max-w-2xl">
        <ReviewStep context={context} selection={{ ...selection, time: selection.time }} staffName={staffName} staffId={staffId} />
      </div>
      <BackLink href={bookHref({ service, staff: selection.staff, date: selection.date })}>Choose another time</BackLink>
    </BookingFrame>
  );
}

async function ReviewStep(props: {
  context: BookingContext;
  selection: Selection & { time: string };
  staffName: string;
  staffId: string | null;
}) {
  const { context, selection } = props;
  const actor = await getActor();
  const details = {
    serviceName: context.service.name,
    staffName: props.staffId ? props.staffName : "Any esthetician (we assign whoever is free)",
    timeZone: context.location.timeZone,
    durationLabel: formatDuration(context.service.durationMinutes),
    priceLabel: formatPrice(context.service.priceCents, context.service.currency),
    cancellationWindowHours: context.policy.cancellationWindowHours,
    renderedAt: new Date().toISOString(),
  };
  if (!actor) {
    return (
      <div className="space-y-5">
        <ReviewFacts details={details} startsAt={selection.time} />
        <SignInToBook returnTo={bookHref(selection)} />
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
  const bookability = await getBookability(actor, context.service.id);
  const notesHint =
    bookability?.intakeRequiredAt === "AT_BOOKING"
      ? "Anything we should know before your visit. Your health questions are in your intake form."
      : undefined;
  return <BookingReviewForm details={details} defaultValues={defaultValues} action={bookAppointmentAction} notesHint={notesHint} />;
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

function BookingFrame({ step, serviceName, children }: { step: number; serviceName?: string; children: React.ReactNode }) {
  return (
    <div>
      <h1 className="text-2xl font-semibold tracking-tight">{serviceName ? `Book: ${serviceName}` : "Book a facial"}</h1>
      <div className="mt-3">
        <BookingProgress current={step} />
      </div>
      {children}
    </div>
  );
}
