import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { describeAuditDetails, type AuditContext } from "./describe";

const AVA = "0b0e5f43-9d2c-4a57-8d0f-1c1e8a0a0a01";
const NOAH = "0b0e5f43-9d2c-4a57-8d0f-1c1e8a0a0a02";
const FACIAL = "0b0e5f43-9d2c-4a57-8d0f-1c1e8a0a0a03";
const PEEL = "0b0e5f43-9d2c-4a57-8d0f-1c1e8a0a0a04";
const UNKNOWN = "7f3a91c2-0000-4000-8000-000000000000";

const context: AuditContext = {
  timeZone: "America/New_York",
  currency: "USD",
  names: new Map([
    [AVA, "Ava Martinez"],
    [NOAH, "Noah Bennett"],
    [FACIAL, "Express Facial"],
    [PEEL, "Salicylic Acid Peel"],
  ]),
};

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

type Case = { action: string; details: unknown; lines: string[] };

/** Every action the app records (the coverage test below keeps this list complete), with details as recorded. */
const cases: Case[] = [
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
  {
    action: "policy.update",
    details: {
      before: { timeZone: "America/New_York", slotIntervalMinutes: 15, cancellationWindowHours: 24 },
      after: { timeZone: "Europe/London", slotIntervalMinutes: 15, cancellationWindowHours: 48 },
    },
    lines: ["Time zone: America/New_York → Europe/London", "Cancellation window (hours): 24 → 48"],
  },
  { action: "waitlist.policy", details: { holdMinutes: 30, enabled: true }, lines: ["Hold minutes: 30 min", "Enabled: yes"] },
  {
    action: "photo-policy.update",
    details: { before: { retentionDays: 30 }, after: { retentionDays: 60 } },
    lines: ["Retention days: 30 → 60"],
  },
  {
    action: "retention-policy.update",
    details: { before: { clinicalRetentionYears: 7 }, after: { clinicalRetentionYears: 10 } },
    lines: ["Clinical records kept (years): 7 → 10"],
  },
  {
    action: "security-policy.update",
    details: { before: { requireStaffTwoFactor: false }, after: { requireStaffTwoFactor: true } },
    lines: ["Staff need two-step sign-in: no → yes"],
  },
  {
    action: "email.resend",
    details: { previousAttempts: 3, lastError: "Connection refused" },
    lines: ["Earlier attempts: 3", "Last error: Connection refused"],
  },
  { action: "client.create", details: { by: "desk" }, lines: ["By: desk"] },
  {
    action: "client.update",
    details: {
      before: { name: "Jo Bloggs", phone: null, email: "jo@x.test" },
      after: { name: "Jo Bloggs", phone: "+1 212 555 0100", email: "jo@x.test" },
    },
    lines: ["Phone: none → +1 212 555 0100"],
  },
  {
    action: "client.preferences",
    details: { reminders: true, preferredStaffId: NOAH },
    lines: ["Reminders: yes", "Preferred staff: Noah Bennett"],
  },
  { action: "client.send-intake-link", details: { sent: true }, lines: ["Sent: yes"] },
  { action: "client.send-password-link", details: {}, lines: [] },
  { action: "client.set-password", details: {}, lines: [] },
  {
    action: "client.merge",
    details: { duplicateId: UNKNOWN, duplicateName: "Jo B.", emailTaken: false, moved: { appointments: 2, intakes: 1 } },
    lines: ["Duplicate: #7f3a91c2", "Duplicate name: Jo B.", "Email taken: no", "Moved › Appointments: 2", "Moved › Intakes: 1"],
  },
  { action: "waitlist.add", details: { clientId: UNKNOWN }, lines: ["Client: #7f3a91c2"] },
  { action: "waitlist.remove", details: {}, lines: [] },
  { action: "waitlist.reorder", details: { direction: "up", swappedWith: UNKNOWN }, lines: ["Direction: up", "Swapped with: #7f3a91c2"] },
  {
    action: "homecare.draft",
    details: { appointmentId: UNKNOWN, engineVersion: 3, intakeSubmissionId: null, intakeState: "MISSING" },
    lines: ["Appointment: #7f3a91c2", "Plan engine version: 3", "Intake submission: none", "Intake state: Missing"],
  },
  {
    action: "homecare.edit",
    details: { appointmentId: UNKNOWN, productId: "spf-50" },
    lines: ["Appointment: #7f3a91c2", "Product: spf-50"],
  },
  { action: "homecare.confirm-product", details: { appointmentId: UNKNOWN }, lines: ["Appointment: #7f3a91c2"] },
  { action: "homecare.publish", details: { appointmentId: UNKNOWN }, lines: ["Appointment: #7f3a91c2"] },
  { action: "homecare.read", details: { appointmentId: UNKNOWN }, lines: ["Appointment: #7f3a91c2"] },
  { action: "homecare.list", details: { count: 2 }, lines: ["Count: 2"] },
  { action: "chart.read", details: {}, lines: [] },
  { action: "chart.photos-read", details: {}, lines: [] },
  { action: "photo.add", details: { appointmentId: UNKNOWN, zone: "forehead" }, lines: ["Appointment: #7f3a91c2", "Zone: forehead"] },
  { action: "photo.delete", details: { appointmentId: UNKNOWN }, lines: ["Appointment: #7f3a91c2"] },
  { action: "note.save", details: { appointmentId: UNKNOWN }, lines: ["Appointment: #7f3a91c2"] },
  { action: "note.sign", details: { appointmentId: UNKNOWN }, lines: ["Appointment: #7f3a91c2"] },
  { action: "note.amend", details: { reason: "Typo in the peel strength" }, lines: ["Reason: Typo in the peel strength"] },
  { action: "intake.read", details: { appointmentId: UNKNOWN }, lines: ["Appointment: #7f3a91c2"] },
  { action: "intake.draft-save", details: {}, lines: [] },
  { action: "intake.submit", details: {}, lines: [] },
  { action: "intake.confirm", details: { submissionId: UNKNOWN }, lines: ["Submission: #7f3a91c2"] },
  { action: "intake.photo-consent-grant", details: {}, lines: [] },
  { action: "intake.photo-consent-withdraw", details: {}, lines: [] },
  {
    action: "import.upload",
    details: { kind: "CLIENTS", fileName: "clients.csv", rows: 120, encoding: "utf-8" },
    lines: ["Kind: Clients", "File name: clients.csv", "Rows: 120", "Encoding: utf-8"],
  },
  { action: "import.apply", details: { kind: "VISITS", sendConfirmations: false }, lines: ["Kind: Visits", "Confirmations sent: no"] },
  {
    action: "import.finish",
    details: { kind: "CLIENTS", rows: 120, created: 118, matched: 0, rejected: 2, skipped: 0 },
    lines: ["Kind: Clients", "Rows: 120", "Created: 118", "Matched: 0", "Rejected: 2", "Skipped: 0"],
  },
  {
    action: "import.fail",
    details: { kind: "VISITS", rows: 10, created: 0, matched: 0, rejected: 10, skipped: 0 },
    lines: ["Kind: Visits", "Rows: 10", "Created: 0", "Matched: 0", "Rejected: 10", "Skipped: 0"],
  },
  { action: "import.invite", details: { queued: 14 }, lines: ["Queued: 14"] },
  {
    action: "data.export",
    details: { includeClinical: false, files: ["clients.csv", "visits.csv"] },
    lines: ["Clinical records included: no", "Files: clients.csv, visits.csv"],
  },
  { action: "privacy.export", details: { format: "pdf" }, lines: ["Format: pdf"] },
  { action: "privacy.erasure-request", details: {}, lines: [] },
  {
    action: "privacy.erasure-decline",
    details: { clientId: UNKNOWN, reason: "Open invoice" },
    lines: ["Client: #7f3a91c2", "Reason: Open invoice"],
  },
  {
    action: "privacy.erasure-approve",
    details: { clientId: UNKNOWN, appointmentsCancelled: 1 },
    lines: ["Client: #7f3a91c2", "Appointments cancelled: 1"],
  },
  { action: "privacy.retention-purge", details: { clients: 2, photos: 5 }, lines: ["Clients: 2", "Photos: 5"] },
  { action: "session.end", details: {}, lines: [] },
  { action: "session.end-others", details: { ended: 3 }, lines: ["Sessions ended: 3"] },
  { action: "password.change", details: { endedSessions: 2 }, lines: ["Sessions ended: 2"] },
  { action: "sign-in.recovery-code", details: {}, lines: [] },
  { action: "two-factor.totp-add", details: {}, lines: [] },
  { action: "two-factor.totp-remove", details: {}, lines: [] },
  { action: "two-factor.recovery-codes-replace", details: { count: 10 }, lines: ["Count: 10"] },
  { action: "two-factor.passkey-add", details: { name: "Work laptop" }, lines: ["Name: Work laptop"] },
  { action: "two-factor.passkey-remove", details: {}, lines: [] },
  { action: "two-factor.trusted-browsers-forget", details: { forgotten: 1 }, lines: ["Forgotten: 1"] },
];

describe("describeAuditDetails", () => {
  test.each(cases)("$action → $lines", ({ action, details, lines }) => {
    expect(describeAuditDetails(action, details, context)).toEqual(lines);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [full] : [];
  });
}

test("every audit action the app records has a case above (grep of lib/ for recorded actions)", () => {
  const lib = path.resolve(__dirname, "..");
  const recorded = new Set<string>();
  for (const file of sourceFiles(lib)) {
    const source = readFileSync(file, "utf8");
    for (const match of source.matchAll(/action:\s*([^,}\n]+)/g)) {
      for (const literal of match[1]!.matchAll(/"([a-z-]+\.[a-z-]+)"/g)) recorded.add(literal[1]!);
    }
    // `service.${outcome === "archived" ? "archive" : "delete"}`
    for (const template of source.matchAll(/action: `([a-z-]+)\.\$\{[^}]*\? "([a-z-]+)" : "([a-z-]+)"\}`/g)) {
      recorded.add(`${template[1]}.${template[2]}`);
      recorded.add(`${template[1]}.${template[3]}`);
    }
  }
  const covered = new Set(cases.map((c) => c.action));
  expect(recorded.size).toBeGreaterThan(60);
  expect([...recorded].filter((action) => !covered.has(action)).sort()).toEqual([]);
});
