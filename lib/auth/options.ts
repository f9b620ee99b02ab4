import "server-only";
import type { AuthOptions, User } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { isAppError } from "@/lib/errors/app-error";
import { toActionResult } from "@/lib/errors/to-action-result";
import { clientIp } from "./client-ip";
import { authenticate } from "./commands";
import { isRole } from "./policy";
import { encodeSignInError } from "./sign-in-errors";

/**
 * One lifetime for every role: 12 hours covers a full spa day (a long shift for staff, a
 * client booking in the evening) without a mid-day sign-out, while a session left open on the
 * front-desk computer or a client's shared tablet is gone by the next morning. (next-auth
 * re-issues the token, extending it, when a session is read where cookies can be written: an
 * action or /api/auth/session.) Revocation never waits for expiry: getActor() re-reads the
 * user on every request.
 */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

type RequestHeaders = Record<string, string | string[] | undefined>;

/**
 * next-auth's authorize: null for wrong credentials (next-auth reports "CredentialsSignin");
 * a thrown Error's message travels to the form as `error`, so it carries only a code
 * (lib/auth/sign-in-errors.ts) and never an internal message.
 */
export async function authorizeCredentials(
  credentials: Record<string, string> | undefined,
  request: { headers?: RequestHeaders },
): Promise<User | null> {
  try {
    const actor = await authenticate({
      email: credentials?.email,
      password: credentials?.password,
      ip: clientIp(request.headers ?? {}),
    });
    return { id: actor.userId, email: actor.email, name: actor.name, role: actor.role };
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

export const authOptions: AuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  // Errors land on the sign-in form too, which shows only the messages it knows.
  pages: { signIn: "/signin", error: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      authorize: (credentials, request) => authorizeCredentials(credentials, request as { headers?: RequestHeaders }),
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.userId = user.id;
        token.role = user.role;
      }
      return token;
    },
    session({ session, token }) {
      if (token.userId && isRole(token.role)) {
        session.user = { id: token.userId, role: token.role, name: token.name ?? "", email: token.email ?? "" };
      }
      return session;
    },
  },
};
