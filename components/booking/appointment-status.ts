/** How each appointment status reads to a client. */
const STATUS_LABELS: Record<string, string> = {
  BOOKED: "Booked",
  CHECKED_IN: "Checked in",
  COMPLETED: "Completed",
  CANCELLED: "Cancelled",
  LATE_CANCELLED: "Late cancellation",
  NO_SHOW: "No-show",
  HELD: "Held for the waitlist",
};

export function appointmentStatusLabel(status: string): string {
  return STATUS_LABELS[status] ?? status;
}
