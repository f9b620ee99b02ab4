import { type AuditCase, AVA, NOAH, FACIAL, PEEL, UNKNOWN } from "./context";

const serviceRow = {
  id: FACIAL,
  locationId: UNKNOWN,
  slug: "express-facial",
  name: "Express Facial",
  description: "Thirty minutes.",
  durationMinutes: 30,
  bufferBeforeMinutes: 5,
  bufferAfterMinutes: 10,
  priceCents: 6000,
  currency: "GBP",
  steps: ["CLEANSE", "MASK"],
  requiresIntake: true,
  active: true,
  sortOrder: 0,
  resourceRequirements: [],
};
const serviceForm = {
  name: "Express Facial",
  description: "Thirty minutes.",
  durationMinutes: 45,
  bufferBeforeMinutes: 5,
  bufferAfterMinutes: 10,
  price: "65.00",
  steps: ["CLEANSE", "MASK"],
  requiresIntake: true,
  active: true,
  resources: [],
};

/** Services, rooms, hours, time off, staff and appointments. */
export const scheduleAuditCases: AuditCase[] = [
  {
    action: "service.update",
    details: { before: serviceRow, after: serviceForm },
    lines: ["Duration: 30 min → 45 min", "Price: £60 → £65"],
  },
  {
    action: "service.update",
    details: { before: serviceRow, after: { ...serviceForm, durationMinutes: 30, price: "60" } },
    lines: ["No visible change"],
  },
  {
    action: "service.create",
    details: { name: "Glow Peel", price: "85", durationMinutes: 60, active: true, steps: ["CLEANSE", "PEEL"] },
    lines: ["Name: Glow Peel", "Price: 85", "Duration: 1 h", "Active: yes", "Steps: Cleanse, Peel"],
  },
  { action: "service.archive", details: { name: "Old Facial" }, lines: ["Name: Old Facial"] },
  { action: "service.delete", details: { name: "Old Facial" }, lines: ["Name: Old Facial"] },
  {
    action: "resource.create",
    details: { name: "Room 3", kind: "ROOM", capacity: 1 },
    lines: ["Name: Room 3", "Kind: Room", "Capacity: 1"],
  },
  { action: "resource.activate", details: { name: "Room 3" }, lines: ["Name: Room 3"] },
  { action: "resource.deactivate", details: { name: "Room 3" }, lines: ["Name: Room 3"] },
  {
    action: "hours.replace",
    details: {
      before: [{ weekday: 1, startMinute: 540, endMinute: 1020 }],
      ranges: [
        { weekday: 1, startMinute: 540, endMinute: 1020 },
        { weekday: 2, startMinute: 540, endMinute: 1020 },
      ],
      cancelledIds: [],
      keptIds: [],
      movedIds: [],
    },
    lines: ["Hours: Tue 9:00 AM–5:00 PM added"],
  },
  {
    action: "hours.replace",
    details: {
      before: [{ weekday: 5, startMinute: 600, endMinute: 960 }],
      ranges: [],
      cancelledIds: [UNKNOWN],
      keptIds: [],
      movedIds: [AVA, NOAH],
    },
    lines: ["Hours: Fri 10:00 AM–4:00 PM removed", "Visits outside the new hours: 1 cancelled, 2 moved to a colleague"],
  },
  {
    // Entries written before the hours they replaced were recorded.
    action: "hours.replace",
    details: { ranges: [{ weekday: 3, startMinute: 540, endMinute: 780 }], cancelledIds: [], keptIds: [], movedIds: [] },
    lines: ["Hours: Wed 9:00 AM–1:00 PM"],
  },
  {
    action: "time-off.add",
    details: { from: "2026-12-05T09:00", to: "2026-12-05T13:00", reason: "Dentist", cancelledIds: [], keptIds: [UNKNOWN], movedIds: [] },
    lines: ["Time off added: Dec 5, 2026, 9:00 AM – Dec 5, 2026, 1:00 PM (Dentist)", "Visits outside the new hours: 1 kept"],
  },
  {
    action: "time-off.remove",
    details: {
      timeOff: { id: UNKNOWN, staffId: AVA, startsAt: "2026-12-05T14:00:00.000Z", endsAt: "2026-12-05T18:00:00.000Z", reason: "" },
    },
    lines: ["Time off removed: Dec 5, 2026, 9:00 AM – Dec 5, 2026, 1:00 PM"],
  },
  {
    action: "date-override.set",
    details: {
      date: "2026-12-24",
      ranges: [{ startMinute: 600, endMinute: 840 }],
      reason: "Christmas Eve",
      cancelledIds: [],
      keptIds: [],
      movedIds: [],
    },
    lines: ["Hours on Dec 24, 2026: 10:00 AM–2:00 PM (Christmas Eve)"],
  },
  {
    action: "date-override.set",
    details: { date: "2026-12-25", ranges: [], reason: "", cancelledIds: [], keptIds: [], movedIds: [] },
    lines: ["Hours on Dec 25, 2026: day off"],
  },
  {
    action: "date-override.clear",
    details: { date: "2026-12-25", cancelledIds: [], keptIds: [], movedIds: [] },
    lines: ["Hours on Dec 25, 2026: back to the weekly hours"],
  },
  {
    action: "staff.create",
    details: { name: "Sam Rivera", email: "sam@spa.test", startDate: "2026-12-07", serviceIds: [FACIAL] },
    lines: ["Name: Sam Rivera", "Email: sam@spa.test", "Start date: Dec 7, 2026", "Services: Express Facial"],
  },
  {
    action: "staff.set-services",
    details: { before: [FACIAL], after: [PEEL] },
    lines: ["Services: Salicylic Acid Peel added", "Services: Express Facial removed"],
  },
  {
    action: "staff.start-date",
    details: { before: { startDate: "2026-12-07" }, after: { startDate: "2026-11-30" } },
    lines: ["Start date: Dec 7, 2026 → Nov 30, 2026"],
  },
  { action: "staff.deactivate", details: {}, lines: [] },
  { action: "staff.reactivate", details: {}, lines: [] },
  {
    action: "appointment.book",
    details: { clientId: UNKNOWN, newClient: false, staffId: AVA, startsAt: "2026-12-08T15:00:00.000Z" },
    lines: ["Client: #7f3a91c2", "New client: no", "Esthetician: Ava Martinez", "Starts: Dec 8, 2026, 10:00 AM"],
  },
  {
    action: "appointment.cancel",
    details: { from: "BOOKED", to: "LATE_CANCELLED", reason: "Ill", spaInitiated: false },
    lines: ["Status: Booked → Late cancelled", "Reason: Ill", "By the spa: no"],
  },
  { action: "appointment.mark-status", details: { from: "BOOKED", to: "NO_SHOW" }, lines: ["Status: Booked → No show"] },
  {
    action: "appointment.move",
    details: { from: { staffId: AVA, startsAt: "2026-12-08T15:00:00.000Z" }, to: { staffId: NOAH, startsAt: "2026-12-08T15:00:00.000Z" } },
    lines: ["Esthetician: Ava Martinez → Noah Bennett"],
  },
  {
    action: "appointment.change-service",
    details: { from: FACIAL, to: PEEL, review: UNKNOWN },
    lines: ["From: Express Facial", "To: Salicylic Acid Peel", "Review: #7f3a91c2"],
  },
  {
    action: "appointment.contraindication-override",
    details: { reason: "Patch test done", rules: ["retinoid-peel"], until: "2026-12-20" },
    lines: ["Reason: Patch test done", "Rules: retinoid-peel", "Until: Dec 20, 2026"],
  },
  {
    action: "appointment.client-overlap",
    details: { reason: "Couple's visit", overlapping: [UNKNOWN] },
    lines: ["Reason: Couple's visit", "Overlapping: #7f3a91c2"],
  },
  {
    action: "appointment.review-raised",
    details: { reviewId: UNKNOWN, trigger: "INTAKE", rules: ["isotretinoin"], until: null },
    lines: ["Review: #7f3a91c2", "Trigger: Intake", "Rules: isotretinoin", "Until: none"],
  },
  {
    action: "appointment.review-resolved",
    details: { reviewId: UNKNOWN, resolution: "CLEARED" },
    lines: ["Review: #7f3a91c2", "Resolution: Cleared"],
  },
];
