import "server-only";
import type { AuthOptions, User } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { isAppError } from "@/lib/errors/app-error";
import { toActionResult } from "@/lib/errors/to-action-result";
import { clientAddress } from "./client-ip";
import { authenticate } from "./commands";
import { isRole, type Actor } from "./policy";
import { authenticationResponseSchema } from "./second-factor/schema";
import { verifyPasskey } from "./second-factor/passkeys";
import { isBrowserTrusted, trustedTokensFromCookieHeader } from "./second-factor/trusted-browser";
import { createSession, endSession, findSessionState, type SessionState } from "./session-store";
import { SESSION_ABSOLUTE_MS, type SecondFactorMethod } from "./session-rules";
import { encodeSignInError } from "./sign-in-errors";
import { confirmSignUp } from "./sign-up-confirmation";
import { findActorById } from "./queries";
import { isHttpsSite } from "./site";

type RequestHeaders = Record<string, string | string[] | undefined>;
type Request = { headers?: RequestHeaders };

/** The JWT lives as long as a session can (the row in Postgres decides earlier ends). */
export const SESSION_MAX_AGE_SECONDS = SESSION_ABSOLUTE_MS / 1000;

/** A token whose session row is gone (signed out, revoked, idle, expired): next-auth clears the cookie. */
const SESSION_ENDED = "SessionEndedError";
class SessionEndedError extends Error {
  override name = SESSION_ENDED;
}

function header(headers: RequestHeaders | undefined, name: string): string {
  const value = headers?.[name];
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

/** Starts the session row for a user who proved who they are, and hands next-auth its user. */
async function startSession(actor: Actor, request: Request, secondFactor?: SecondFactorMethod): Promise<User> {
  const headers = request.headers ?? {};
  const trusted =
    !secondFactor && actor.role !== "CLIENT" && (await isBrowserTrusted(actor.userId, trustedTokensFromCookieHeader(headers.cookie)));
  const sessionId = await createSession({
    userId: actor.userId,
    userAgent: header(headers, "user-agent"),
    ip: clientAddress(headers),
    ...(secondFactor ? { secondFactor } : trusted ? { secondFactor: "TRUSTED_BROWSER" as const } : {}),
  });
  return { id: actor.userId, email: actor.email, name: actor.name, role: actor.role, sessionId };
}

/**
 * next-auth's authorize, shared by the providers: null for wrong credentials (next-auth reports
 * "CredentialsSignin"); a thrown Error's message travels to the form as `error`, so it carries
 * only a code (lib/auth/sign-in-errors.ts) and never an internal message.
 */
async function authorizeWith(request: Request, prove: () => Promise<{ actor: Actor; secondFactor?: SecondFactorMethod } | null>) {
  try {
    const proven = await prove();
    return proven ? await startSession(proven.actor, request, proven.secondFactor) : null;
  } catch (error) {
    if (isAppError(error) && error.code === "UNAUTHENTICATED") return null;
    if (isAppError(error) && error.code === "RATE_LIMITED") {
      const minutes = (error.details.data as { retryAfterMinutes?: number } | undefined)?.retryAfterMinutes ?? 1;
      throw new Error(encodeSignInError("RATE_LIMITED", minutes));
    }
    toActionResult(error); // logs it with a reference id
    throw new Error(encodeSignInError("INTERNAL"));
  }
}

/** Email and password. */
export function authorizeCredentials(credentials: Record<string, string> | undefined, request: Request): Promise<User | null> {
  return authorizeWith(request, async () => ({
    actor: await authenticate({ email: credentials?.email, password: credentials?.password, ip: clientAddress(request.headers ?? {}) }),
  }));
}

/**
 * A passkey whose authenticator verified the person: both steps at once. (Its challenge, single
 * use, came from the rate-limited options action, so answers need no limit of their own.)
 */
export function authorizePasskey(credentials: Record<string, string> | undefined, request: Request): Promise<User | null> {
  return authorizeWith(request, async () => {
    const raw = credentials?.response ?? "";
    if (raw.length > 64_000) return null;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      return null;
    }
    const response = authenticationResponseSchema.safeParse(json);
    if (!response.success) return null;
    const userId = await verifyPasskey({ purpose: "SIGN_IN", challengeId: credentials?.challengeId ?? "", response: response.data });
    const actor = userId ? await findActorById(userId) : null;
    return actor ? { actor, secondFactor: "PASSKEY" } : null;
  });
}

/** The link from the sign-up confirmation email: creates the account and signs in. */
export function authorizeSignUpConfirmation(credentials: Record<string, string> | undefined, request: Request): Promise<User | null> {
  return authorizeWith(request, async () => {
    const actor = await confirmSignUp(credentials?.token ?? "");
    return actor ? { actor } : null;
  });
}

function sessionBody(state: SessionState) {
  return { user: { id: state.actor.userId, role: state.actor.role, name: state.actor.name, email: state.actor.email } };
}

export const authOptions: AuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  // The same rule lib/auth/session-token.ts reads the cookie by (next-auth's default agrees today).
  useSecureCookies: isHttpsSite(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  // Errors land on the sign-in form too, which shows only the messages it knows.
  pages: { signIn: "/signin", error: "/signin" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      authorize: (credentials, request) => authorizeCredentials(credentials, request as Request),
    }),
    CredentialsProvider({
      id: "passkey",
      name: "Passkey",
      credentials: { challengeId: { type: "text" }, response: { type: "text" } },
      authorize: (credentials, request) => authorizePasskey(credentials, request as Request),
    }),
    CredentialsProvider({
      id: "sign-up-confirmation",
      name: "Email confirmation",
      credentials: { token: { type: "text" } },
      authorize: (credentials, request) => authorizeSignUpConfirmation(credentials, request as Request),
    }),
  ],
  callbacks: {
    /**
     * The token carries only the session id. next-auth's reads of the session (/api/auth/session)
     * check the row here, as pages and routes do in lib/auth/actor.ts (docs/decisions/0043): a
     * signed-out, revoked, idle or expired session throws, and next-auth then clears the cookie
     * instead of renewing it.
     */
    async jwt({ token, user }) {
      if (user) return { sid: user.sessionId };
      const state = typeof token.sid === "string" ? await findSessionState(token.sid) : null;
      if (!state) throw new SessionEndedError();
      return { sid: state.sessionId, state };
    },
    session({ session, token }) {
      const state = token.state;
      if (!state || !isRole(state.actor.role)) return { expires: session.expires } as typeof session;
      return { ...sessionBody(state), sessionId: state.sessionId, secondFactor: state.secondFactor, expires: session.expires };
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sid === "string") await endSession(token.sid);
    },
  },
  logger: {
    error(code, metadata) {
      // An ended session is an expected answer (signed out elsewhere), not an error to log.
      // next-auth hands errors over flattened to { name, message, stack }.
      const error = (metadata as { error?: unknown } | undefined)?.error ?? metadata;
      if ((error as { name?: unknown } | undefined)?.name === SESSION_ENDED) return;
      console.error(`[next-auth] ${code}`, metadata);
    },
    warn() {},
    debug() {},
  },
};
