/** Wording of what `npm start` prints, kept apart from the process plumbing so it can be tested. */

export type SignIn = { role: string; email: string; password: string };

export function startCommand(dev: boolean): string {
  return dev ? "npm run dev" : "npm start";
}

export function portInUseMessage(port: number, dev: boolean): string {
  return `Port ${port} is in use; stop what uses it or run PORT=${nextPort(port)} ${startCommand(dev)}`;
}

export function portForbiddenMessage(port: number, dev: boolean): string {
  return `Port ${port} needs administrator rights here; run PORT=3000 ${startCommand(dev)} instead.`;
}

export function hostUnavailableMessage(host: string, dev: boolean): string {
  return `This machine has no address ${host}; unset HOSTNAME or run HOSTNAME=127.0.0.1 ${startCommand(dev)}`;
}

function nextPort(port: number): number {
  return port >= 65_535 ? 3001 : port + 1;
}

export function describeMigrations(result: { applied: string[]; alreadyApplied: number }): string {
  if (result.applied.length === 0) return `Database schema is up to date (${result.alreadyApplied} migrations).`;
  const names = result.applied.join(", ");
  return `Applied ${result.applied.length} migration${result.applied.length === 1 ? "" : "s"}: ${names}.`;
}

/** A small aligned table; the role is shown the way people say it ("Esthetician", not "ESTHETICIAN"). */
export function formatSignIns(signIns: SignIn[]): string[] {
  if (signIns.length === 0) return [];
  const rows = signIns.map((s) => [titleCase(s.role), s.email, s.password]);
  const widths = [0, 1].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  return [
    "Demo sign-ins (demo data only; anyone who reads this can use them):",
    ...rows.map(([role, email, password]) => `  ${role!.padEnd(widths[0]!)}  ${email!.padEnd(widths[1]!)}  ${password}`),
  ];
}

function titleCase(role: string): string {
  const words = role.toLowerCase().replaceAll("_", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function formatSeconds(milliseconds: number): string {
  const seconds = milliseconds / 1000;
  return seconds < 10 ? `${seconds.toFixed(1)} s` : `${Math.round(seconds)} s`;
}

export function buildReason(stored: string | null): string {
  return stored === null
    ? "Building the app (first start; this takes a minute or two)…"
    : "The code changed since the last build; rebuilding (a minute or two)…";
}

export function heartbeat(elapsedMs: number): string {
  return `  … still building (${formatSeconds(elapsedMs)} so far)`;
}

export function dataFolderInUseMessage(dataDir: string, pid: number): string {
  return `Another Glowbook (pid ${pid}) is running on ${dataDir}; stop it first (Ctrl-C where it runs), or set GLOWBOOK_DATA_DIR to another folder.`;
}

/** After an unexpected start failure (its details printed above): what to try. */
export function startFailedAdvice(): string {
  return "Glowbook did not start, and stopped what it had started. Run it again; if it fails the same way, the message above says where.";
}
