/**
 * Who may do what: one explicit allow table, deny by default. Pages, actions and route handlers
 * ask `can(actor, action)` (through requireActor / requirePageActor); records are then checked
 * with the ownership predicates below, while queries write the same scope into their `where`.
 * Pure and importable on both sides.
 */

export const ROLES = ["CLIENT", "ESTHETICIAN", "ADMIN", "FRONT_DESK"] as const;
export type Role = (typeof ROLES)[number];

/** The signed-in person, as every guard and command sees them. */
export type Actor = {
  userId: string;
  role: Role;
  email: string;
  name: string;
};

/** A new action is denied to everyone until this table lists it (and the test restates it). */
export const ALLOWED_ROLES = {
  "account:view-own-profile": ["CLIENT", "ESTHETICIAN", "ADMIN", "FRONT_DESK"],
  "account:update-own-profile": ["CLIENT", "ESTHETICIAN", "ADMIN", "FRONT_DESK"],
  "staff:view-own-services": ["ESTHETICIAN"],
  "staff:view-own-schedule": ["ESTHETICIAN"],
  "admin:view-staff": ["ADMIN"],
  "admin:manage-staff": ["ADMIN"],
  "admin:view-services": ["ADMIN"],
  "admin:manage-services": ["ADMIN"],
  "admin:manage-schedule": ["ADMIN"],
  "admin:view-audit": ["ADMIN"],
  "admin:view-reports": ["ADMIN"],
  // Booking. Which appointments each role reaches is decided by the scope in lib/auth/scope.ts:
  // a client their own, an esthetician the ones they perform, an admin all.
  "booking:book-own": ["CLIENT"],
  "booking:view-appointment": ["CLIENT", "ESTHETICIAN", "ADMIN", "FRONT_DESK"],
  "booking:change-appointment": ["CLIENT", "ESTHETICIAN", "ADMIN"],
  // The front desk (and admins, who can do everything it can): phone and walk-in bookings for
  // any client, outside the online notice and advance limits, and a contraindication override
  // with a reason (audited); moving, cancelling, checking in and no-shows from the calendar.
  "booking:book-for-client": ["ADMIN", "FRONT_DESK"],
  "calendar:view-spa": ["ADMIN", "FRONT_DESK"],
  "calendar:manage-appointments": ["ADMIN", "FRONT_DESK"],
  // The live calendar's event stream: everyone who looks at a calendar (an esthetician hears
  // only about their own column).
  "calendar:subscribe": ["ESTHETICIAN", "ADMIN", "FRONT_DESK"],
  "desk:view-today": ["ADMIN", "FRONT_DESK"],
  // The client directory. Which clients is lib/auth/scope.ts's clientScope: an esthetician the
  // clients they treated or are booked with; the desk and admins all. Contact details, visits,
  // intake status and the flags summary (severity and the client-facing sentence), never notes
  // or intake answers (chart:view).
  "clients:view": ["ESTHETICIAN", "ADMIN", "FRONT_DESK"],
  "clients:manage": ["ADMIN", "FRONT_DESK"],
  "clients:merge": ["ADMIN", "FRONT_DESK"],
  // An appointment a new intake or a move put into "needs review": the esthetician performing it
  // or an admin changes the treatment, cancels without a fee, or keeps it with a reason (a clinical
  // decision, so not the front desk). Within the appointment scope.
  "booking:resolve-review": ["ESTHETICIAN", "ADMIN"],
  // Notifications: the outgoing email log holds clients' names and visit times.
  "admin:view-emails": ["ADMIN"],
  "admin:resend-emails": ["ADMIN"],
  "account:manage-notifications": ["CLIENT", "ESTHETICIAN", "ADMIN", "FRONT_DESK"],
  // Intake and charts. Which charts an esthetician reaches is the appointment scope:
  // clients they have an appointment with. Clients never reach staff notes.
  "intake:manage-own": ["CLIENT"],
  "chart:view": ["ESTHETICIAN", "ADMIN"],
  "chart:write-notes": ["ESTHETICIAN"],
  // Completing a visit (it needs the signed note): the esthetician who performed it, or an admin.
  "visit:complete": ["ESTHETICIAN", "ADMIN"],
  // Homecare: staff review, edit and publish plans within the appointment scope (the
  // visits an esthetician performs; admins all); clients read only their own published plans.
  "homecare:manage": ["ESTHETICIAN", "ADMIN"],
  "homecare:view-own": ["CLIENT"],
  // Photos (docs/decisions/0018). Clinical photos are health records: the client's treating
  // estheticians and admins only (the photo scope in lib/photos/scope.ts); any role not listed
  // here, the front desk included, is denied. Taking and deleting (before the note is signed) is
  // the treating esthetician's; marketing export is the spa's (admins) and needs the client's
  // marketing consent at that moment. Clients see their own only where the spa turns it on.
  "photos:capture": ["ESTHETICIAN"],
  "photos:view": ["ESTHETICIAN", "ADMIN"],
  "photos:export-marketing": ["ADMIN"],
  "photos:view-own": ["CLIENT"],
  "photos:manage-settings": ["ADMIN"],
  "account:manage-photo-consent": ["CLIENT"],
  // Account security: everyone manages their own password and sessions; the second factor is for
  // staff (clients' accounts hold only their own data); admins set whether staff must use one.
  "account:manage-security": ["CLIENT", "ESTHETICIAN", "ADMIN", "FRONT_DESK"],
  "account:manage-two-factor": ["ESTHETICIAN", "ADMIN", "FRONT_DESK"],
  "admin:manage-security": ["ADMIN"],
  // Privacy requests (docs/decisions/0029): a client downloads everything held about them and asks
  // for erasure; an admin approves (anonymising at once) or declines with a reason, and sets how
  // long clinical records of erased clients are kept.
  "privacy:export-own": ["CLIENT"],
  "privacy:request-erasure": ["CLIENT"],
  "privacy:manage-requests": ["ADMIN"],
  // The waitlist (docs/decisions/0026): clients join and leave their own entries; the desk adds
  // clients, reorders the queue and sees it by day and service; the offers report is the spa's.
  "waitlist:join-own": ["CLIENT"],
  "waitlist:manage": ["ADMIN", "FRONT_DESK"],
  "waitlist:view-report": ["ADMIN"],
  "waitlist:manage-policy": ["ADMIN"],
  // Switching systems (docs/decisions/0031): bringing clients and visits in from another system,
  // inviting them, and taking everything out. The spa's data as a whole, so admins only; the
  // export's clinical part also needs the admin's password again.
  "admin:import-data": ["ADMIN"],
  "admin:export-data": ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof ALLOWED_ROLES;
export const ACTIONS = Object.keys(ALLOWED_ROLES) as Action[];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export function can(actor: Actor | null | undefined, action: Action): boolean {
  if (!actor || !isRole(actor.role) || !Object.hasOwn(ALLOWED_ROLES, action)) return false;
  const allowed: readonly Role[] = ALLOWED_ROLES[action];
  return allowed.includes(actor.role);
}

// Ownership predicates. Each refuses a missing actor or a missing/empty id explicitly, so an
// `undefined` can never make two sides "equal" (or vanish from a Prisma filter).
function isPresentId(id: unknown): id is string {
  return typeof id === "string" && id.length > 0;
}

/** A client's own record: an appointment, intake or homecare plan whose clientId is theirs. */
export function isOwnClientRecord(actor: Actor | null | undefined, record: { clientId: string | null | undefined }): boolean {
  return !!actor && isPresentId(actor.userId) && isPresentId(record.clientId) && record.clientId === actor.userId;
}

/** An esthetician's own staff record (schedule, services, notes): its staff user id is theirs. */
export function isOwnStaffRecord(actor: Actor | null | undefined, record: { staffUserId: string | null | undefined }): boolean {
  return (
    !!actor &&
    actor.role === "ESTHETICIAN" &&
    isPresentId(actor.userId) &&
    isPresentId(record.staffUserId) &&
    record.staffUserId === actor.userId
  );
}
