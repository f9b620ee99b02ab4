import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { cancelAppointmentAction } from "@/app/admin/calendar/actions";
import {
  deactivateStaffAction,
  moveAppointmentAction,
  reactivateStaffAction,
  setStaffServicesAction,
  setStaffStartDateAction,
} from "@/app/admin/staff/actions";
import { DateOverrideForm } from "@/components/admin/DateOverrideForm";
import { ScheduleExceptions } from "@/components/admin/ScheduleExceptions";
import { StaffServicesForm } from "@/components/admin/StaffServicesForm";
import { StaffStartDateForm } from "@/components/admin/StaffStartDateForm";
import { StaffStatusPanel } from "@/components/admin/StaffStatusPanel";
import { TimeOffForm } from "@/components/admin/TimeOffForm";
import { UpcomingTable } from "@/components/admin/UpcomingTable";
import { WeeklyHoursEditor } from "@/components/admin/WeeklyHoursEditor";
import { toTimeOfDay } from "@/lib/staff/hours-schema";
import { listUpcomingWithTargets } from "@/lib/staff/reassign-queries";
import { getStaffDetail } from "@/lib/staff/admin-queries";
import { requirePageActor } from "@/lib/auth/page-guard";
import { listServicesForAdmin } from "@/lib/catalog/queries";
import { isAppError } from "@/lib/errors/app-error";
import { addTimeOffAction, clearDateOverrideAction, removeTimeOffAction, replaceWeeklyHoursAction, setDateOverrideAction } from "./actions";

export const metadata: Metadata = { title: "Esthetician" };

const Section = ({ id, title, children }: { id: string; title: string; children: React.ReactNode }) => (
  <section aria-labelledby={id} className="space-y-3 rounded-xl border border-stone-200 bg-white p-5">
    <h2 id={id} className="text-lg font-semibold">
      {title}
    </h2>
    {children}
  </section>
);

export default async function StaffPage({ params }: { params: Promise<{ staffId: string }> }) {
  const { staffId: raw } = await params;
  const actor = await requirePageActor("admin:manage-schedule", `/admin/staff/${raw}`);
  const staffId = z.uuid().safeParse(raw);
  if (!staffId.success) notFound();
  const detail = await getStaffDetail(actor, staffId.data).catch((error: unknown) =>
    isAppError(error) && error.code === "NOT_FOUND" ? null : Promise.reject(error),
  );
  if (!detail) notFound();
  const [services, upcoming] = await Promise.all([listServicesForAdmin(actor), listUpcomingWithTargets(actor, detail.id)]);
  const ranges = detail.weeklyHours.map((h) => ({ weekday: h.weekday, start: toTimeOfDay(h.startMinute), end: toTimeOfDay(h.endMinute) }));

  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin" className="text-brand-700 underline">
          ← Admin
        </Link>
      </p>
      <header>
        <h1 className="text-2xl font-semibold">{detail.displayName}</h1>
        <p className="text-stone-600">
          {detail.email}
          {detail.phone && ` · ${detail.phone}`}
        </p>
      </header>
      <Section id="start-date-heading" title="Start date">
        <StaffStartDateForm staffId={detail.id} startDate={detail.startDate} action={setStaffStartDateAction} />
      </Section>
      <Section id="services-heading" title="Services">
        <StaffServicesForm staffId={detail.id} serviceIds={detail.serviceIds} services={services} action={setStaffServicesAction} />
      </Section>
      <Section id="hours-heading" title="Weekly hours">
        <WeeklyHoursEditor staffId={detail.id} timeZone={detail.timeZone} ranges={ranges} action={replaceWeeklyHoursAction} />
      </Section>
      <Section id="time-off-heading" title="Time off and date overrides">
        <ScheduleExceptions detail={detail} removeTimeOffAction={removeTimeOffAction} clearOverrideAction={clearDateOverrideAction} />
        <h3 className="pt-2 font-medium">Add time off</h3>
        <TimeOffForm staffId={detail.id} timeZone={detail.timeZone} action={addTimeOffAction} />
        <h3 className="pt-2 font-medium">Override one date</h3>
        <DateOverrideForm staffId={detail.id} timeZone={detail.timeZone} action={setDateOverrideAction} />
      </Section>
      <Section id="upcoming-heading" title="Upcoming appointments">
        <UpcomingTable
          rows={upcoming.rows}
          total={upcoming.total}
          timeZone={detail.timeZone}
          moveAction={moveAppointmentAction}
          cancelAction={cancelAppointmentAction}
        />
      </Section>
      <Section id="status-heading" title="Status">
        <StaffStatusPanel
          staffId={detail.id}
          active={detail.active}
          upcomingCount={upcoming.total}
          deactivateAction={deactivateStaffAction}
          reactivateAction={reactivateStaffAction}
        />
      </Section>
    </div>
  );
}
