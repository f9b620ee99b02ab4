import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import { isAppError } from "@/lib/errors/app-error";
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

/** What a page shows: a NOT_FOUND from its query (out of the actor's scope, or gone) is the 404 page. */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
