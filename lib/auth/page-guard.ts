import "server-only";
import { forbidden, redirect } from "next/navigation";
import { getActor } from "./actor";
import { authPageHref } from "./callback-url";
import { can, type Action, type Actor } from "./policy";

// App layer only (pages and layouts): the one lib/auth file that imports next/*, because a page
// answers with a redirect or a 403 page where an action would return an error value.

/**
 * A page's guard: someone signed out goes to /signin and comes back to `returnTo` afterwards;
 * someone signed in without permission gets the 403 page (app/forbidden.tsx, or Next's default).
 */
export async function requirePageActor(action: Action, returnTo: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(authPageHref("/signin", returnTo));
  if (!can(actor, action)) forbidden();
  return actor;
}
