-- Intake and treatment notes (issue 4). Health records: submissions are versioned (never
-- updated), signed notes are immutable and amendments append-only, enforced here by triggers
-- as well as by the commands in lib/intake and lib/consultation.

-- Validity of a submitted intake per location, in calendar months (no row = 6).
CREATE TABLE "intake_policy" (
  "location_id" UUID NOT NULL,
  "valid_months" INTEGER NOT NULL DEFAULT 6,
  "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "intake_policy_pkey" PRIMARY KEY ("location_id"),
  CONSTRAINT "intake_policy_valid_months_check" CHECK ("valid_months" BETWEEN 1 AND 36)
);
ALTER TABLE "intake_policy" ADD CONSTRAINT "intake_policy_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "intake_draft" (
  "client_id" UUID NOT NULL,
  "form_version" INTEGER NOT NULL,
  "answers" JSONB NOT NULL DEFAULT '{}',
  "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "intake_draft_pkey" PRIMARY KEY ("client_id")
);
ALTER TABLE "intake_draft" ADD CONSTRAINT "intake_draft_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "intake_submission" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "client_id" UUID NOT NULL,
  "form_version" INTEGER NOT NULL,
  "answers" JSONB NOT NULL,
  "submitted_on" DATE NOT NULL,
  "submitted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "signature" TEXT NOT NULL,
  "consent_agreed" BOOLEAN NOT NULL,
  "ip" TEXT,
  "user_agent" TEXT,
  "confirmed_from_id" UUID,
  CONSTRAINT "intake_submission_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "intake_submission_consent_check" CHECK ("consent_agreed" AND length(btrim("signature")) > 0)
);
CREATE INDEX "intake_submission_client_id_submitted_at_idx" ON "intake_submission"("client_id", "submitted_at");
ALTER TABLE "intake_submission" ADD CONSTRAINT "intake_submission_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "intake_submission" ADD CONSTRAINT "intake_submission_confirmed_from_id_fkey" FOREIGN KEY ("confirmed_from_id") REFERENCES "intake_submission"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "product" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "name" TEXT NOT NULL,
  "brand" TEXT NOT NULL DEFAULT '',
  "ingredients" TEXT[] DEFAULT ARRAY[]::TEXT[],
  "active" BOOLEAN NOT NULL DEFAULT true,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "product_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "product_name_key" ON "product"("name");

CREATE TABLE "treatment_note" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "appointment_id" UUID NOT NULL,
  "author_id" UUID NOT NULL,
  "content" JSONB NOT NULL DEFAULT '{}',
  "signed_at" TIMESTAMPTZ(3),
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "treatment_note_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "treatment_note_appointment_id_key" ON "treatment_note"("appointment_id");
CREATE INDEX "treatment_note_author_id_idx" ON "treatment_note"("author_id");
ALTER TABLE "treatment_note" ADD CONSTRAINT "treatment_note_appointment_id_fkey" FOREIGN KEY ("appointment_id") REFERENCES "appointment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "treatment_note" ADD CONSTRAINT "treatment_note_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "treatment_note_amendment" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "note_id" UUID NOT NULL,
  "author_id" UUID NOT NULL,
  "text" TEXT NOT NULL,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "treatment_note_amendment_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "treatment_note_amendment_text_check" CHECK (length(btrim("text")) > 0)
);
CREATE INDEX "treatment_note_amendment_note_id_created_at_idx" ON "treatment_note_amendment"("note_id", "created_at");
ALTER TABLE "treatment_note_amendment" ADD CONSTRAINT "treatment_note_amendment_note_id_fkey" FOREIGN KEY ("note_id") REFERENCES "treatment_note"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "treatment_note_amendment" ADD CONSTRAINT "treatment_note_amendment_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Immutability. SQLSTATE 55000 (object_not_in_prerequisite_state) so the app can tell it apart.
CREATE FUNCTION "glowbook_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% rows are immutable', TG_TABLE_NAME USING ERRCODE = '55000';
END;
$$;

CREATE FUNCTION "glowbook_lock_signed_note"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."signed_at" IS NOT NULL THEN
    RAISE EXCEPTION 'treatment note % is signed and locked', OLD."id" USING ERRCODE = '55000';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "intake_submission_immutable" BEFORE UPDATE OR DELETE ON "intake_submission"
  FOR EACH ROW EXECUTE FUNCTION "glowbook_refuse_change"();
CREATE TRIGGER "treatment_note_amendment_immutable" BEFORE UPDATE OR DELETE ON "treatment_note_amendment"
  FOR EACH ROW EXECUTE FUNCTION "glowbook_refuse_change"();
CREATE TRIGGER "treatment_note_signed_lock" BEFORE UPDATE OR DELETE ON "treatment_note"
  FOR EACH ROW EXECUTE FUNCTION "glowbook_lock_signed_note"();
