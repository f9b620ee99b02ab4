"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineSessionAction } from "@/lib/actions/define-action";
import { endSession } from "@/lib/auth/session-store";

// next-auth's session cookie, with the prefix it uses on https and the suffix of a chunked one.
const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

const endThisSession = defineSessionAction({ schema: z.object({}), run: (session) => endSession(session.sessionId) });

/**
 * Sign out, from the header on every page: ends this session on the server (every instance sees
 * it at once) and drops the cookie, then home. A server action rather than next-auth's client, so
 * no page ships next-auth's browser code just for this button (issue 17). Already signed out (the
 * session ended elsewhere): the same result.
 */
export async function signOutAction(): Promise<void> {
  await endThisSession({});
  const jar = await cookies();
  for (const { name } of jar.getAll()) if (SESSION_COOKIE.test(name)) jar.delete(name);
  redirect("/");
}
