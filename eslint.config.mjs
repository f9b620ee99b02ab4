import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

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
        { patterns: [{ group: ["**/db/generated/client", "@/lib/db/generated/client"], message: "Use db from @/lib/db/client." }] },
      ],
    },
  },
  {
    files: ["lib/db/**"],
    rules: { "no-restricted-imports": "off" },
  },
];

export default config;
