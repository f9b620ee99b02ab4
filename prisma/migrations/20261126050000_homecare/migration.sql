-- Homecare (issue 5). A plan per appointment, drafted when the note is signed and published by
-- the esthetician; every line edit is kept (append-only, enforced by trigger as well as by the
-- commands in lib/homecare).

CREATE TYPE "HomecarePlanState" AS ENUM ('DRAFT', 'PUBLISHED');
CREATE TYPE "HomecareEditKind" AS ENUM ('ADD', 'EDIT', 'REMOVE');

CREATE TABLE "homecare_plan" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "appointment_id" UUID NOT NULL,
  "client_id" UUID NOT NULL,
  "content" JSONB NOT NULL,
  "engine_version" TEXT NOT NULL,
  "state" "HomecarePlanState" NOT NULL DEFAULT 'DRAFT',
  "published_at" TIMESTAMPTZ(3),
  "published_by_id" UUID,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "homecare_plan_pkey" PRIMARY KEY ("id"),
  -- A published plan always says when and by whom.
  CONSTRAINT "homecare_plan_published_check" CHECK (
    ("state" = 'DRAFT') OR ("published_at" IS NOT NULL AND "published_by_id" IS NOT NULL)
  )
);
CREATE UNIQUE INDEX "homecare_plan_appointment_id_key" ON "homecare_plan"("appointment_id");
CREATE INDEX "homecare_plan_client_id_state_published_at_idx" ON "homecare_plan"("client_id", "state", "published_at");
ALTER TABLE "homecare_plan" ADD CONSTRAINT "homecare_plan_appointment_id_fkey" FOREIGN KEY ("appointment_id") REFERENCES "appointment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "homecare_plan" ADD CONSTRAINT "homecare_plan_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "homecare_plan" ADD CONSTRAINT "homecare_plan_published_by_id_fkey" FOREIGN KEY ("published_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "homecare_plan_edit" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "plan_id" UUID NOT NULL,
  "editor_id" UUID NOT NULL,
  "kind" "HomecareEditKind" NOT NULL,
  "section" TEXT NOT NULL,
  "line_id" TEXT NOT NULL,
  "before" JSONB,
  "after" JSONB,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "homecare_plan_edit_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "homecare_plan_edit_plan_id_created_at_idx" ON "homecare_plan_edit"("plan_id", "created_at");
ALTER TABLE "homecare_plan_edit" ADD CONSTRAINT "homecare_plan_edit_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "homecare_plan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "homecare_plan_edit" ADD CONSTRAINT "homecare_plan_edit_editor_id_fkey" FOREIGN KEY ("editor_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- glowbook_refuse_change() comes from 20261126040000_intake_and_notes.
CREATE TRIGGER "homecare_plan_edit_immutable" BEFORE UPDATE OR DELETE ON "homecare_plan_edit"
  FOR EACH ROW EXECUTE FUNCTION "glowbook_refuse_change"();
