import path from "node:path";

/** What `npm start` / `npm run dev` will do, decided from argv and the environment alone. */
export type StartOptions = {
  dev: boolean;
  port: number;
  host: string;
  dataDir: string;
  /** Set when the person brings their own PostgreSQL; the embedded one is then never started. */
  databaseUrl: string | null;
  seed: boolean;
  /** Run the background worker as a child too (--no-worker: it runs elsewhere, `npm run worker`). */
  worker: boolean;
  /** NODE_ENV=production in the caller's environment (not Next's own setting for `next start`). */
  production: boolean;
};

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

type Env = Record<string, string | undefined>;

export const DEFAULT_PORT = 3000;
// Loopback by default: the demo's admin password is printed on screen and in the README, so a
// fresh `npm start` must not be reachable from the rest of the network. HOSTNAME=0.0.0.0 opens it
// (containers, a real deployment behind a proxy).
export const DEFAULT_HOST = "127.0.0.1";

export function parseStartOptions(argv: string[], env: Env, cwd: string): Parsed<StartOptions> {
  const known = new Set(["--dev", "--no-seed", "--no-worker"]);
  const unknown = argv.find((arg) => !known.has(arg));
  if (unknown) return { ok: false, message: `Unknown option ${unknown}; npm start accepts --dev, --no-seed and --no-worker.` };

  const port = parsePort(env.PORT);
  if (!port.ok) return port;

  return {
    ok: true,
    value: {
      dev: argv.includes("--dev"),
      port: port.value,
      host: env.HOSTNAME?.trim() || DEFAULT_HOST,
      dataDir: path.resolve(cwd, env.GLOWBOOK_DATA_DIR?.trim() || ".data"),
      databaseUrl: env.DATABASE_URL?.trim() || null,
      seed: !argv.includes("--no-seed"),
      worker: !argv.includes("--no-worker"),
      production: env.NODE_ENV === "production",
    },
  };
}

function parsePort(raw: string | undefined): Parsed<number> {
  if (raw === undefined || raw.trim() === "") return { ok: true, value: DEFAULT_PORT };
  const port = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || port < 1 || port > 65_535) {
    return { ok: false, message: `PORT must be a whole number from 1 to 65535, not "${raw}".` };
  }
  return { ok: true, value: port };
}

export type SecretPlan = { source: "env" } | { source: "file" } | { source: "refuse"; message: string };

/**
 * NEXTAUTH_SECRET signs every session. Locally a generated one kept in the data folder is fine;
 * a production deployment must bring its own, or sessions would change with every machine.
 */
export function planNextAuthSecret(options: StartOptions, env: Env): SecretPlan {
  if (env.NEXTAUTH_SECRET?.trim()) return { source: "env" };
  if (options.databaseUrl && options.production) {
    return {
      source: "refuse",
      message: "NEXTAUTH_SECRET must be set in production; generate one with `openssl rand -base64 32`.",
    };
  }
  return { source: "file" };
}

export type SeedPlan = "seed" | "skip-flag" | "skip-production";

/**
 * The demo spa has public passwords. It is seeded into an empty database, except a production
 * one, where a demo admin would be a way in (`npm run db:seed` still does it on purpose).
 */
export function planSeed(options: StartOptions): SeedPlan {
  if (!options.seed) return "skip-flag";
  if (options.databaseUrl && options.production) return "skip-production";
  return "seed";
}

/** The address people type: loopback and wildcard binds are all reachable as localhost. */
export function publicUrl(host: string, port: number): string {
  const local = ["127.0.0.1", "0.0.0.0", "::", "::1", "localhost"].includes(host);
  const shown = local ? "localhost" : host.includes(":") ? `[${host}]` : host;
  return `http://${shown}:${port}`;
}

/** Where to connect to reach a server bound to `host` (a wildcard bind is reached on loopback). */
export function probeHost(host: string): string {
  if (host === "0.0.0.0") return "127.0.0.1";
  if (host === "::") return "::1";
  return host;
}
