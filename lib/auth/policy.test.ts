import { describe, expect, test } from "vitest";
import { assertCan } from "./assert-can";
import { ACTIONS, can, isOwnClientRecord, isOwnStaffRecord, ROLES, type Action, type Actor, type Role } from "./policy";

// Written out by hand on purpose: the table under test must agree with this second statement of
// intent, cell by cell. A new action fails the "every action is listed" test until it is added.
const EXPECTED: Record<Action, Record<Role, boolean>> = {
  "account:view-own-profile": { CLIENT: true, ESTHETICIAN: true, ADMIN: true, FRONT_DESK: true },
  "account:update-own-profile": { CLIENT: true, ESTHETICIAN: true, ADMIN: true, FRONT_DESK: true },
  "staff:view-own-services": { CLIENT: false, ESTHETICIAN: true, ADMIN: false, FRONT_DESK: false },
  "staff:view-own-schedule": { CLIENT: false, ESTHETICIAN: true, ADMIN: false, FRONT_DESK: false },
  "admin:view-staff": { CLIENT: false, ESTHETICIAN: false, ADMIN: true, FRONT_DESK: false },
  "admin:manage-staff": { CLIENT: false, ESTHETICIAN: false, ADMIN: true, FRONT_DESK: false },
  "admin:view-services": { CLIENT: false, ESTHETICIAN: false, ADMIN: true, FRONT_DESK: false },
  "admin:manage-services": { CLIENT: false, ESTHETICIAN: false, ADMIN: true, FRONT_DESK: false },
  "admin:manage-schedule": { CLIENT: false, ESTHETICIAN: false, ADMIN: true, FRONT_DESK: false },
  "admin:view-audit": { CLIENT: false, ESTHETICIAN: false, ADMIN: true, FRONT_DESK: false },
  "admin:view-reports": { CLIENT: false, ESTHETICIAN: false, ADMIN: true, FRONT_DESK: false },
  "booking:book-own": { CLIENT: true, ESTHETICIAN: false, ADMIN: false, FRONT_DESK: false },
  "booking:view-appointment": { CLIENT: true, ESTHETICIAN: true, ADMIN: true, FRONT_DESK: true },
  "booking:change-appointment": { CLIENT: true, ESTHETICIAN: true, ADMIN: true, FRONT_DESK: false },
  "admin:view-emails": { CLIENT: false, ESTHETICIAN: false, ADMIN: true, FRONT_DESK: false },
  "account:manage-notifications": { CLIENT: true, ESTHETICIAN: true, ADMIN: true, FRONT_DESK: true },
  "intake:manage-own": { CLIENT: true, ESTHETICIAN: false, ADMIN: false, FRONT_DESK: false },
  "chart:view": { CLIENT: false, ESTHETICIAN: true, ADMIN: true, FRONT_DESK: false },
  "chart:write-notes": { CLIENT: false, ESTHETICIAN: true, ADMIN: false, FRONT_DESK: false },
  "visit:complete": { CLIENT: false, ESTHETICIAN: true, ADMIN: true, FRONT_DESK: false },
  "homecare:manage": { CLIENT: false, ESTHETICIAN: true, ADMIN: true, FRONT_DESK: false },
  "homecare:view-own": { CLIENT: true, ESTHETICIAN: false, ADMIN: false, FRONT_DESK: false },
  "booking:book-for-client": { CLIENT: false, ESTHETICIAN: false, ADMIN: true, FRONT_DESK: true },
  "calendar:view-spa": { CLIENT: false, ESTHETICIAN: false, ADMIN: true, FRONT_DESK: true },
  "calendar:manage-appointments": { CLIENT: false, ESTHETICIAN: false, ADMIN: true, FRONT_DESK: true },
  "calendar:subscribe": { CLIENT: false, ESTHETICIAN: true, ADMIN: true, FRONT_DESK: true },
  "desk:view-today": { CLIENT: false, ESTHETICIAN: false, ADMIN: true, FRONT_DESK: true },
  "clients:view": { CLIENT: false, ESTHETICIAN: true, ADMIN: true, FRONT_DESK: true },
  "clients:manage": { CLIENT: false, ESTHETICIAN: false, ADMIN: true, FRONT_DESK: true },
  "clients:merge": { CLIENT: false, ESTHETICIAN: false, ADMIN: true, FRONT_DESK: true },
  "admin:resend-emails": { CLIENT: false, ESTHETICIAN: false, ADMIN: true, FRONT_DESK: false },
  "photos:capture": { CLIENT: false, ESTHETICIAN: true, ADMIN: false, FRONT_DESK: false },
  "photos:view": { CLIENT: false, ESTHETICIAN: true, ADMIN: true, FRONT_DESK: false },
  "photos:export-marketing": { CLIENT: false, ESTHETICIAN: false, ADMIN: true, FRONT_DESK: false },
  "photos:view-own": { CLIENT: true, ESTHETICIAN: false, ADMIN: false, FRONT_DESK: false },
  "photos:manage-settings": { CLIENT: false, ESTHETICIAN: false, ADMIN: true, FRONT_DESK: false },
  "account:manage-photo-consent": { CLIENT: true, ESTHETICIAN: false, ADMIN: false, FRONT_DESK: false },
  "account:manage-security": { CLIENT: true, ESTHETICIAN: true, ADMIN: true, FRONT_DESK: true },
  "account:manage-two-factor": { CLIENT: false, ESTHETICIAN: true, ADMIN: true, FRONT_DESK: true },
  "admin:manage-security": { CLIENT: false, ESTHETICIAN: false, ADMIN: true, FRONT_DESK: false },
  "privacy:export-own": { CLIENT: true, ESTHETICIAN: false, ADMIN: false, FRONT_DESK: false },
  "privacy:request-erasure": { CLIENT: true, ESTHETICIAN: false, ADMIN: false, FRONT_DESK: false },
  "privacy:manage-requests": { CLIENT: false, ESTHETICIAN: false, ADMIN: true, FRONT_DESK: false },
  "waitlist:join-own": { CLIENT: true, ESTHETICIAN: false, ADMIN: false, FRONT_DESK: false },
  "waitlist:manage": { CLIENT: false, ESTHETICIAN: false, ADMIN: true, FRONT_DESK: true },
  "waitlist:view-report": { CLIENT: false, ESTHETICIAN: false, ADMIN: true, FRONT_DESK: false },
  "waitlist:manage-policy": { CLIENT: false, ESTHETICIAN: false, ADMIN: true, FRONT_DESK: false },
  "admin:import-data": { CLIENT: false, ESTHETICIAN: false, ADMIN: true, FRONT_DESK: false },
  "admin:export-data": { CLIENT: false, ESTHETICIAN: false, ADMIN: true, FRONT_DESK: false },
  "booking:resolve-review": { CLIENT: false, ESTHETICIAN: true, ADMIN: true, FRONT_DESK: false },
};

const actor = (role: Role, userId = "11111111-1111-4111-8111-111111111111"): Actor => ({
  userId,
  role,
  email: `${role.toLowerCase()}@example.test`,
  name: role,
});

const cells = ACTIONS.flatMap((action) => ROLES.map((role) => ({ action, role, allowed: EXPECTED[action][role] })));

describe("the allow table", () => {
  test("lists exactly the actions the expectations cover", () => {
    expect([...ACTIONS].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  test.each(cells)("$role → $action: $allowed", ({ action, role, allowed }) => {
    expect(can(actor(role), action)).toBe(allowed);
  });

  test.each(ACTIONS)("nobody signed in may %s", (action) => {
    expect(can(null, action)).toBe(false);
    expect(can(undefined, action)).toBe(false);
  });

  test.each(ACTIONS)("an unknown role may not %s", (action) => {
    expect(can({ ...actor("ADMIN"), role: "SUPERUSER" as Role }, action)).toBe(false);
    expect(can({ ...actor("ADMIN"), role: undefined as unknown as Role }, action)).toBe(false);
  });

  test("an action missing from the table is denied, even to an admin", () => {
    expect(can(actor("ADMIN"), "admin:delete-everything" as Action)).toBe(false);
    expect(can(actor("ADMIN"), "toString" as Action)).toBe(false);
  });
});

describe("assertCan", () => {
  test.each(cells)("$role → $action throws FORBIDDEN unless allowed", ({ action, role, allowed }) => {
    if (allowed) expect(assertCan(actor(role), action)).toEqual(actor(role));
    else expect(() => assertCan(actor(role), action)).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
  });

  test("no actor is UNAUTHENTICATED, with or without an action", () => {
    expect(() => assertCan(null)).toThrow(expect.objectContaining({ code: "UNAUTHENTICATED" }));
    expect(() => assertCan(undefined, "account:view-own-profile")).toThrow(expect.objectContaining({ code: "UNAUTHENTICATED" }));
  });

  test("without an action any signed-in actor passes", () => {
    for (const role of ROLES) expect(assertCan(actor(role))).toEqual(actor(role));
  });
});

describe("ownership predicates", () => {
  const me = "11111111-1111-4111-8111-111111111111";
  const someoneElse = "22222222-2222-4222-8222-222222222222";

  test.each([
    { name: "own record", who: actor("CLIENT", me), clientId: me, expected: true },
    { name: "another client's record", who: actor("CLIENT", me), clientId: someoneElse, expected: false },
    { name: "no actor", who: null, clientId: me, expected: false },
    { name: "record without clientId", who: actor("CLIENT", me), clientId: undefined, expected: false },
    { name: "null clientId", who: actor("CLIENT", me), clientId: null, expected: false },
    { name: "both ids empty", who: actor("CLIENT", ""), clientId: "", expected: false },
    { name: "both ids missing", who: actor("CLIENT", undefined as unknown as string), clientId: undefined, expected: false },
  ])("isOwnClientRecord: $name → $expected", ({ who, clientId, expected }) => {
    expect(isOwnClientRecord(who, { clientId })).toBe(expected);
  });

  test.each([
    { name: "own staff record", who: actor("ESTHETICIAN", me), staffUserId: me, expected: true },
    { name: "a colleague's record", who: actor("ESTHETICIAN", me), staffUserId: someoneElse, expected: false },
    { name: "a client with a matching id", who: actor("CLIENT", me), staffUserId: me, expected: false },
    { name: "an admin with a matching id", who: actor("ADMIN", me), staffUserId: me, expected: false },
    { name: "no actor", who: undefined, staffUserId: me, expected: false },
    { name: "record without staffUserId", who: actor("ESTHETICIAN", me), staffUserId: undefined, expected: false },
    { name: "both ids missing", who: actor("ESTHETICIAN", undefined as unknown as string), staffUserId: undefined, expected: false },
  ])("isOwnStaffRecord: $name → $expected", ({ who, staffUserId, expected }) => {
    expect(isOwnStaffRecord(who, { staffUserId })).toBe(expected);
  });
});
