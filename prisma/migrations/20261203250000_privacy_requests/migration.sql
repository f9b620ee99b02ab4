-- Privacy requests (issue 14, item 9; docs/decisions/0029): a client's erasure request, the spa's
-- clinical-record retention period, and the marks an erasure and the later purge leave on the
-- client's row.

ALTER TABLE "app_user" ADD COLUMN "erased_at" TIMESTAMPTZ(3);
ALTER TABLE "app_user" ADD COLUMN "clinical_records_purged_at" TIMESTAMPTZ(3);
-- An erased account has no way in: no email, no password.
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_erased_has_no_sign_in"
  CHECK ("erased_at" IS NULL OR ("email" IS NULL AND "password_hash" IS NULL));
CREATE INDEX "app_user_erased_at_idx" ON "app_user"("erased_at") WHERE "erased_at" IS NOT NULL;

CREATE TYPE "PrivacyRequestStatus" AS ENUM ('PENDING', 'APPROVED', 'DECLINED');

CREATE TABLE "privacy_request" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "client_id" UUID NOT NULL,
  "status" "PrivacyRequestStatus" NOT NULL DEFAULT 'PENDING',
  "requested_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "decided_at" TIMESTAMPTZ(3),
  "decided_by_id" UUID,
  "decline_reason" TEXT,
  CONSTRAINT "privacy_request_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "privacy_request_decided" CHECK (("status" = 'PENDING') = ("decided_at" IS NULL)),
  CONSTRAINT "privacy_request_declined_has_reason" CHECK (("status" = 'DECLINED') = ("decline_reason" IS NOT NULL))
);
CREATE INDEX "privacy_request_status_requested_at_idx" ON "privacy_request"("status", "requested_at");
CREATE INDEX "privacy_request_client_id_requested_at_idx" ON "privacy_request"("client_id", "requested_at");
-- One open request per client: a second click is a conflict, not a second row.
CREATE UNIQUE INDEX "privacy_request_one_pending_per_client" ON "privacy_request"("client_id") WHERE "status" = 'PENDING';
ALTER TABLE "privacy_request" ADD CONSTRAINT "privacy_request_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "privacy_request" ADD CONSTRAINT "privacy_request_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- How long clinical records of an erased client are kept after the last visit. No row = 7 years.
CREATE TABLE "retention_policy" (
  "location_id" UUID NOT NULL,
  "clinical_retention_years" INTEGER NOT NULL DEFAULT 7,
  "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "retention_policy_pkey" PRIMARY KEY ("location_id"),
  CONSTRAINT "retention_policy_years_range" CHECK ("clinical_retention_years" BETWEEN 1 AND 30)
);
ALTER TABLE "retention_policy" ADD CONSTRAINT "retention_policy_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The immutable clinical records stay immutable, with two narrow exceptions, each switched on only
-- inside its own transaction (set_config(..., true)) by lib/privacy:
--   glowbook.retention_purge = 'on'  lets the retention job DELETE records whose period is over;
--   glowbook.privacy_erasure = 'on'  lets an approved erasure blank the identifying parts of a
--                                    signed intake (answers' contact sections, ip, user agent) and
--                                    of a consent (ip, user agent); nothing else may change.
CREATE OR REPLACE FUNCTION "glowbook_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('glowbook.retention_purge', true) = 'on' THEN
    RETURN OLD;
  END IF;
  IF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'photo_consent' AND current_setting('glowbook.privacy_erasure', true) = 'on'
     AND (to_jsonb(NEW) - 'ip' - 'user_agent') = (to_jsonb(OLD) - 'ip' - 'user_agent') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION '% rows are immutable', TG_TABLE_NAME USING ERRCODE = '55000';
END;
$$;

CREATE OR REPLACE FUNCTION "glowbook_lock_signed_note"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('glowbook.retention_purge', true) = 'on' THEN
    RETURN OLD;
  END IF;
  IF OLD."signed_at" IS NOT NULL THEN
    RAISE EXCEPTION 'treatment note % is signed and locked', OLD."id" USING ERRCODE = '55000';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;

CREATE OR REPLACE FUNCTION "glowbook_intake_submission_guard"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('glowbook.retention_purge', true) = 'on' THEN
    RETURN OLD;
  END IF;
  IF TG_OP = 'UPDATE' AND current_setting('glowbook.client_merge', true) = 'on'
     AND (to_jsonb(NEW) - 'client_id') = (to_jsonb(OLD) - 'client_id') THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'UPDATE' AND current_setting('glowbook.privacy_erasure', true) = 'on'
     AND (to_jsonb(NEW) - 'answers' - 'ip' - 'user_agent') = (to_jsonb(OLD) - 'answers' - 'ip' - 'user_agent') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION '% rows are immutable', TG_TABLE_NAME USING ERRCODE = '55000';
END;
$$;

CREATE OR REPLACE FUNCTION "glowbook_lock_signed_photo"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('glowbook.retention_purge', true) = 'on' THEN
    RETURN OLD;
  END IF;
  IF EXISTS (SELECT 1 FROM "treatment_note" WHERE "appointment_id" = OLD."appointment_id" AND "signed_at" IS NOT NULL) THEN
    RAISE EXCEPTION 'clinical photo % belongs to a signed note and is locked', OLD."id" USING ERRCODE = '55000';
  END IF;
  RETURN OLD;
END;
$$;
