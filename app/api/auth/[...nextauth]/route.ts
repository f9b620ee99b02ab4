import NextAuth from "next-auth";
import { errorResponse } from "@/lib/api/respond";
import { authOptions } from "@/lib/auth/options";
import { findOutOfBoundsInput } from "@/lib/validation/input-bounds";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

/**
 * next-auth's client posts forms (application/x-www-form-urlencoded). Anything else, or a form
 * outside the input bounds, is refused here with a 4xx: next-auth itself answers a body it cannot
 * parse with a 500 (issue 14's fuzz suite found it).
 */
async function POST(request: Request, context: Context): Promise<Response> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
    return errorResponse({ ok: false, code: "VALIDATION", message: "Send the sign-in form as a form." }, 415);
  }
  const outOfBounds = findOutOfBoundsInput(new URLSearchParams(await request.clone().text()));
  if (outOfBounds)
    return errorResponse({ ok: false, code: "VALIDATION", message: "Check the highlighted fields.", fieldErrors: outOfBounds });
  return handler(request, context) as Promise<Response>;
}

export { handler as GET, POST };
