import type { Role } from "./policy";
import type { SecondFactorState } from "./session-rules";
import type { SessionState } from "./session-store";

// What lib/auth/options.ts puts into the token and the session. The token carries only the
// session id; each read fills `state` from Postgres (never trusted from the cookie).
declare module "next-auth" {
  interface User {
    id: string;
    role: Role;
    sessionId: string;
  }

  interface Session {
    user: { id: string; role: Role; name: string; email: string };
    sessionId: string;
    secondFactor: SecondFactorState;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sid?: string;
    state?: SessionState;
  }
}
