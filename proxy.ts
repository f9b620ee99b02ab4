import { withAuth } from "next-auth/middleware";
import { isRole } from "@/lib/auth/policy";

/**
 * A convenience only: sends signed-out visitors of the signed-in areas to /signin and back
 * afterwards (withAuth adds callbackUrl). It reads the JWT alone, so it cannot know about a
 * deleted account or a permission; every page, action and route handler checks for itself
 * (requirePageActor / requireActor). Not the `next-auth/middleware` one-liner: Next 16's proxy
 * build rejects it (STACK.md).
 */
export default withAuth({
  pages: { signIn: "/signin", error: "/signin" },
  callbacks: { authorized: ({ token }) => isRole(token?.role) },
});

export const config = {
  matcher: ["/account/:path*", "/staff/:path*", "/admin/:path*", "/desk/:path*"],
};
