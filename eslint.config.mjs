import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// elkjs is EPL-2.0, which cannot be combined with AGPL code; it is installed only as part of
// Prisma Studio, and scripts/check-licences.ts clears it on the condition that nothing imports it.
const separateProgramImports = {
  group: ["elkjs", "elkjs/**", "@prisma/studio-core", "@prisma/studio-core/**"],
  message: "EPL-2.0 code of Prisma Studio: a separate program, never part of Glowbook (see scripts/check-licences.ts).",
};

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [".next/**", "node_modules/**", "lib/db/generated/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Only lib/db may construct a Prisma client or import the generated code.
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/db/generated/client", "@/lib/db/generated/client"], message: "Use db from @/lib/db/client." },
            separateProgramImports,
          ],
        },
      ],
    },
  },
  {
    files: ["lib/db/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [separateProgramImports] }] },
  },
];

export default config;
