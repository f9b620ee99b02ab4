/**
 * The layers of lib/, lowest first (docs/decisions/0010). A domain may import its own files and
 * any domain in a lower layer; never one in its own layer or above. eslint.config.mjs enforces it
 * and scripts/lib/layers.test.ts checks the table itself (every lib/ folder is placed once).
 */
export const LIB_LAYERS = [
  ["errors", "ids", "dates", "db"],
  ["format", "validation", "scheduling", "location", "idempotency", "schedule-feed"],
  ["auth", "api"],
  ["audit", "actions"],
  ["catalog", "intake", "chart", "notify", "reports"],
  ["contraindications", "account", "security"],
  ["booking"],
  ["staff", "homecare", "clients", "waitlist"],
  ["policy", "consultation", "transfer"],
  ["photos"],
  ["openapi", "privacy"],
  ["jobs"],
];

/** The domains `domain` may not import: its own layer (but itself) and every layer above. */
export function forbiddenDomainsFor(domain) {
  const layer = LIB_LAYERS.findIndex((domains) => domains.includes(domain));
  if (layer < 0) throw new Error(`lib/${domain} is not placed in LIB_LAYERS (scripts/lib/layers.mjs)`);
  return LIB_LAYERS.slice(layer)
    .flat()
    .filter((other) => other !== domain);
}
