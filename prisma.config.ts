import { defineConfig } from "prisma/config";

// The Prisma CLI downloads a native schema engine before generate/validate/format, which these
// machines cannot reach. generate does not need it, so point it at a no-op binary (STACK.md).
// Migrations are applied by lib/db/migrate.ts instead of `prisma migrate`.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/bin/false";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx scripts/seed.ts" },
});
