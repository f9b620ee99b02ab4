/**
 * The demo spa's sign-ins. Printed by `npm start` and used by the end-to-end tests.
 * Demo only: a real spa creates its own admin and never runs the seed.
 */
export type DemoRole = "ADMIN" | "FRONT_DESK" | "ESTHETICIAN" | "CLIENT";
export type DemoAccount = { role: DemoRole; email: string; password: string; name: string };

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { role: "ADMIN", email: "admin@glowbook.test", password: "glowbook-admin-demo", name: "Morgan Lee" },
  { role: "FRONT_DESK", email: "frontdesk@glowbook.test", password: "glowbook-desk-demo", name: "Riley Chen" },
  { role: "ESTHETICIAN", email: "ava@glowbook.test", password: "glowbook-staff-demo", name: "Ava Martinez" },
  { role: "CLIENT", email: "client@glowbook.test", password: "glowbook-client-demo", name: "Jordan Kim" },
];

/** The two other estheticians share the demo staff password. */
export const DEMO_EXTRA_STAFF: readonly DemoAccount[] = [
  { role: "ESTHETICIAN", email: "noah@glowbook.test", password: "glowbook-staff-demo", name: "Noah Bennett" },
  { role: "ESTHETICIAN", email: "priya@glowbook.test", password: "glowbook-staff-demo", name: "Priya Shah" },
];
