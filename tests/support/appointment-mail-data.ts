import type { AppointmentMailData } from "@/lib/booking/messages/appointment-templates";

/**
 * What the mail templates get for a deep pore facial at 10:00 New York time on Monday
 * 2 November 2026 (EST, the day after the clocks go back). Tests change only what they are about.
 */
export function buildAppointmentMailData(patch: Partial<AppointmentMailData> = {}): AppointmentMailData {
  return {
    appointmentId: "2b7f4c1e-0000-4000-8000-000000000001",
    clientName: "Ana Souza",
    serviceName: "Deep Pore Cleansing Facial",
    staffName: "Mia",
    startsAt: new Date("2026-11-02T15:00:00Z"),
    endsAt: new Date("2026-11-02T16:00:00Z"),
    location: { name: "Glow Spa", address: "1 Main St", phone: "+1 212 555 0100", email: "spa@example.com", timeZone: "America/New_York" },
    manageUrl: "http://localhost:3000/account/appointments/2b7f4c1e-0000-4000-8000-000000000001",
    cancellationWindowHours: 24,
    ...patch,
  };
}
