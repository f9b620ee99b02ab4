import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import { LIB_LAYERS, forbiddenDomainsFor } from "./scripts/lib/layers.mjs";

// elkjs is EPL-2.0, which cannot be combined with AGPL code; it is installed only as part of
// Prisma Studio, and scripts/check-licences.ts clears it on the condition that nothing imports it.
const separateProgramImports = {
  group: ["elkjs", "elkjs/**", "@prisma/studio-core", "@prisma/studio-core/**"],
  message: "EPL-2.0 code of Prisma Studio: a separate program, never part of Glowbook (see scripts/check-licences.ts).",
};
const generatedClient = { group: ["**/db/generated/client", "@/lib/db/generated/client"], message: "Use db from @/lib/db/client." };
const appFromComponents = {
  group: ["@/app/**"],
  message: "Components receive server actions as props from the page; they never import app/.",
};
const uiFromServer = {
  group: ["@/app/**", "@/components/**"],
  message: "lib/ is below app/ and components/: move the shared piece into lib/.",
};

/**
 * lib/ domains form layers (docs/decisions/0010): a domain imports only from layers below its
 * own, so no two domains can ever depend on each other. One config per domain lists the domains
 * it may not import.
 */
const domainBoundaries = LIB_LAYERS.flat().map((domain) => ({
  files: [`lib/${domain}/**/*.{ts,tsx}`],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          ...(domain === "db" ? [] : [generatedClient]),
          separateProgramImports,
          uiFromServer,
          ...forbiddenDomainsFor(domain).map((other) => ({
            group: [`@/lib/${other}`, `@/lib/${other}/**`],
            message: `lib/${domain} may not import lib/${other} (a layer above or beside it): move the shared piece down (docs/decisions/0010).`,
          })),
        ],
      },
    ],
  },
}));

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "lib/db/generated/**",
      ".data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
      "bench/.out/**",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Only lib/db may construct a Prisma client or import the generated code.
      "no-restricted-imports": ["error", { patterns: [generatedClient, separateProgramImports] }],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [generatedClient, separateProgramImports, appFromComponents] }] },
  },
  ...domainBoundaries,
  {
    // No file of lib/ may reach itself through its imports (types included).
    files: ["lib/**/*.{ts,tsx}"],
    rules: { "import/no-cycle": ["error", { ignoreExternal: true }] },
    // Prisma's generated client imports nothing of ours, so no cycle runs through it; parsing its
    // large files for every import of it was three quarters of the lint's time.
    settings: { "import/ignore": ["node_modules", "lib/db/generated/"] },
  },
];

export default config;
