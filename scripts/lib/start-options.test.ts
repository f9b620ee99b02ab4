import { describe, expect, test } from "vitest";
import { parseStartOptions, planNextAuthSecret, planSeed, probeHost, publicUrl, type StartOptions } from "./start-options";

const cwd = "/srv/glowbook";

describe("parseStartOptions", () => {
  test("defaults: production build on 127.0.0.1:3000, data in .data, embedded database, seed", () => {
    expect(parseStartOptions([], {}, cwd)).toEqual({
      ok: true,
      value: {
        dev: false,
        port: 3000,
        host: "127.0.0.1",
        dataDir: "/srv/glowbook/.data",
        databaseUrl: null,
        seed: true,
        worker: true,
        production: false,
      },
    });
  });

  test.each([
    [["--dev"], {}, { dev: true }],
    [["--no-seed"], {}, { seed: false }],
    [["--no-worker"], {}, { worker: false }],
    [[], { PORT: "3001" }, { port: 3001 }],
    [[], { PORT: " " }, { port: 3000 }],
    [[], { HOSTNAME: "0.0.0.0" }, { host: "0.0.0.0" }],
    [[], { GLOWBOOK_DATA_DIR: "/var/lib/glowbook" }, { dataDir: "/var/lib/glowbook" }],
    [[], { GLOWBOOK_DATA_DIR: "tmp/data" }, { dataDir: "/srv/glowbook/tmp/data" }],
    [[], { DATABASE_URL: "postgresql://u:p@db/glowbook" }, { databaseUrl: "postgresql://u:p@db/glowbook" }],
    [[], { DATABASE_URL: "" }, { databaseUrl: null }],
    [[], { NODE_ENV: "production" }, { production: true }],
  ])("%j with %j", (argv, env, expected) => {
    const parsed = parseStartOptions(argv, env, cwd);
    expect(parsed.ok && parsed.value).toMatchObject(expected);
  });

  test.each(["0", "65536", "30a0", "-1", "3000.5", "http"])("refuses PORT=%s in one sentence", (port) => {
    expect(parseStartOptions([], { PORT: port }, cwd)).toEqual({
      ok: false,
      message: `PORT must be a whole number from 1 to 65535, not "${port}".`,
    });
  });

  test("refuses an unknown option", () => {
    expect(parseStartOptions(["--prod"], {}, cwd)).toEqual({
      ok: false,
      message: "Unknown option --prod; npm start accepts --dev, --no-seed and --no-worker.",
    });
  });
});

const base: StartOptions = {
  dev: false,
  port: 3000,
  host: "127.0.0.1",
  dataDir: "/d",
  databaseUrl: null,
  seed: true,
  worker: true,
  production: false,
};
const external = { ...base, databaseUrl: "postgresql://db/glowbook" };

describe("planNextAuthSecret", () => {
  test.each([
    ["a given secret is used everywhere", { ...external, production: true }, { NEXTAUTH_SECRET: "s3cret" }, "env"],
    ["embedded database: generated and kept in the data folder", base, {}, "file"],
    ["embedded database even with NODE_ENV=production", { ...base, production: true }, {}, "file"],
    ["own database outside production", external, {}, "file"],
    ["own database in production without a secret", { ...external, production: true }, {}, "refuse"],
    ["a blank secret counts as none", { ...external, production: true }, { NEXTAUTH_SECRET: "  " }, "refuse"],
  ] as const)("%s", (_, options, env, source) => {
    expect(planNextAuthSecret(options, env).source).toBe(source);
  });

  test("the refusal is one sentence that says how to fix it", () => {
    const plan = planNextAuthSecret({ ...external, production: true }, {});
    expect(plan).toEqual({
      source: "refuse",
      message: "NEXTAUTH_SECRET must be set in production; generate one with `openssl rand -base64 32`.",
    });
  });
});

describe("planSeed", () => {
  test.each([
    [base, "seed"],
    [{ ...base, production: true }, "seed"],
    [external, "seed"],
    [{ ...external, production: true }, "skip-production"],
    [{ ...base, seed: false }, "skip-flag"],
  ] as const)("%j → %s", (options, expected) => {
    expect(planSeed(options)).toBe(expected);
  });
});

describe("publicUrl and probeHost", () => {
  test.each([
    ["127.0.0.1", "http://localhost:3000", "127.0.0.1"],
    ["0.0.0.0", "http://localhost:3000", "127.0.0.1"],
    ["::", "http://localhost:3000", "::1"],
    ["spa.example.com", "http://spa.example.com:3000", "spa.example.com"],
    ["fd00::5", "http://[fd00::5]:3000", "fd00::5"],
  ])("%s", (host, url, probe) => {
    expect(publicUrl(host, 3000)).toBe(url);
    expect(probeHost(host)).toBe(probe);
  });
});
