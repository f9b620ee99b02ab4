import type { Role } from "./policy";

// What lib/auth/options.ts puts into the token and the session. The session's copy is for
// display in client components only; server code asks getActor(), which re-reads the user.
declare module "next-auth" {
  interface User {
    id: string;
    role: Role;
  }

  interface Session {
    user: { id: string; role: Role; name: string; email: string };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    userId?: string;
    role?: Role;
  }
}
