-- Issue 18: switching to Glowbook. Clients and upcoming visits come in from another system's CSV
-- files as background imports (one row per uploaded file, one per processed row, so an import is
-- resumable and its rejects can be downloaded), and a client carries what those systems keep
-- that Glowbook did not: date of birth, the old system's notes and marketing consent.

ALTER TABLE "app_user" ADD COLUMN "birth_date" DATE;
-- Notes brought from the previous system, as they were (staff-only, like a chart).
ALTER TABLE "app_user" ADD COLUMN "imported_notes" TEXT;
-- When the client agreed to marketing email (null: not agreed, or not known).
ALTER TABLE "app_user" ADD COLUMN "marketing_consent_at" TIMESTAMPTZ(3);

CREATE TYPE "ImportKind" AS ENUM ('CLIENTS', 'VISITS');
CREATE TYPE "ImportState" AS ENUM ('MAPPING', 'QUEUED', 'RUNNING', 'DONE', 'FAILED');
CREATE TYPE "ImportRowOutcome" AS ENUM ('CREATED', 'MATCHED', 'BOOKED', 'REJECTED', 'ALREADY_IMPORTED');

CREATE TABLE "import_file" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "kind" "ImportKind" NOT NULL,
  -- sha256 of the uploaded bytes: the same file uploaded again is the same import.
  "file_hash" TEXT NOT NULL,
  "file_name" TEXT NOT NULL,
  "encoding" TEXT NOT NULL,
  "delimiter" TEXT NOT NULL,
  "headers" JSONB NOT NULL DEFAULT '[]',
  "total_rows" INTEGER NOT NULL,
  -- The file itself, so the worker can resume it after a restart.
  "content" BYTEA NOT NULL,
  -- Glowbook field -> column index; and, for visits, names in the file -> service / esthetician ids.
  "mapping" JSONB NOT NULL DEFAULT '{}',
  "value_mapping" JSONB NOT NULL DEFAULT '{}',
  "send_confirmations" BOOLEAN NOT NULL DEFAULT false,
  "state" "ImportState" NOT NULL DEFAULT 'MAPPING',
  "rows_done" INTEGER NOT NULL DEFAULT 0,
  "created_count" INTEGER NOT NULL DEFAULT 0,
  "matched_count" INTEGER NOT NULL DEFAULT 0,
  "rejected_count" INTEGER NOT NULL DEFAULT 0,
  "skipped_count" INTEGER NOT NULL DEFAULT 0,
  -- The worker holding the import renews this; a lapsed lease lets another worker resume it.
  "lease_until" TIMESTAMPTZ(3),
  "attempts" INTEGER NOT NULL DEFAULT 0,
  "last_error" TEXT,
  "invitations_sent_at" TIMESTAMPTZ(3),
  "created_by_id" UUID,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "queued_at" TIMESTAMPTZ(3),
  "finished_at" TIMESTAMPTZ(3),
  CONSTRAINT "import_file_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "import_file_counts_valid" CHECK ("rows_done" >= 0 AND "rows_done" <= "total_rows")
);
CREATE UNIQUE INDEX "import_file_kind_file_hash_key" ON "import_file"("kind", "file_hash");
CREATE INDEX "import_file_state_lease_until_idx" ON "import_file"("state", "lease_until");
ALTER TABLE "import_file" ADD CONSTRAINT "import_file_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "import_row" (
  "import_id" UUID NOT NULL,
  -- 1 is the first row after the header.
  "row_number" INTEGER NOT NULL,
  "outcome" "ImportRowOutcome" NOT NULL,
  "reason" TEXT,
  -- The client or appointment the row created or matched.
  "entity_id" UUID,
  CONSTRAINT "import_row_pkey" PRIMARY KEY ("import_id", "row_number")
);
CREATE INDEX "import_row_import_id_outcome_idx" ON "import_row"("import_id", "outcome");
ALTER TABLE "import_row" ADD CONSTRAINT "import_row_import_id_fkey" FOREIGN KEY ("import_id") REFERENCES "import_file"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Every row any import has applied, by the hash of its mapped values: a later file that repeats
-- rows (an export taken again a week later) applies only the new ones.
CREATE TABLE "import_applied_row" (
  "kind" "ImportKind" NOT NULL,
  "row_hash" TEXT NOT NULL,
  "entity_id" UUID NOT NULL,
  "import_id" UUID,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "import_applied_row_pkey" PRIMARY KEY ("kind", "row_hash")
);
ALTER TABLE "import_applied_row" ADD CONSTRAINT "import_applied_row_import_id_fkey" FOREIGN KEY ("import_id") REFERENCES "import_file"("id") ON DELETE SET NULL ON UPDATE CASCADE;
