// Runs once when the Next.js server starts (Node runtime only).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { quietDatabaseOutages } = await import("@/lib/errors/unavailable");
  // An outage is one log line, not a stack per request (docs/decisions/0016).
  quietDatabaseOutages(console);
}
