-- Issue 11: the front desk runs the day. Clients created at the desk (email optional, no password
-- until they set one), the client directory (trigram search, last visit), merging duplicates, the
-- single-use set-password links, and the schedule change feed behind the live calendar.

-- ---- Clients -------------------------------------------------------------------------------
-- A phone or walk-in client may have no email and no password yet. The unique index on email
-- still holds (NULLs are distinct); the lower-case check passes for NULL.
ALTER TABLE "app_user" ALTER COLUMN "email" DROP NOT NULL;
ALTER TABLE "app_user" ALTER COLUMN "password_hash" DROP NOT NULL;
-- The latest visit that happened (checked in or completed), kept by a trigger below so the
-- directory can sort 50,000 clients by it with an index.
ALTER TABLE "app_user" ADD COLUMN "last_visit_at" TIMESTAMPTZ(3);
-- Set when a duplicate was merged into another client: the row stays for the audit trail's sake.
ALTER TABLE "app_user" ADD COLUMN "merged_into_id" UUID;
ALTER TABLE "app_user" ADD COLUMN "merged_at" TIMESTAMPTZ(3);
-- The client's preferred esthetician (a preference the desk records).
ALTER TABLE "app_user" ADD COLUMN "preferred_staff_id" UUID;
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_merged_into_id_fkey" FOREIGN KEY ("merged_into_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_preferred_staff_id_fkey" FOREIGN KEY ("preferred_staff_id") REFERENCES "staff_profile"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_merged_together" CHECK (("merged_into_id" IS NULL) = ("merged_at" IS NULL));
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_not_merged_into_itself" CHECK ("merged_into_id" IS NULL OR "merged_into_id" <> "id");

-- Typo-tolerant search by name, email or phone digits (lib/clients/search.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "app_user_name_trgm" ON "app_user" USING gin (lower("name") gin_trgm_ops) WHERE "role" = 'CLIENT';
CREATE INDEX "app_user_email_trgm" ON "app_user" USING gin ("email" gin_trgm_ops) WHERE "role" = 'CLIENT';
CREATE INDEX "app_user_phone_digits_trgm" ON "app_user" USING gin ((regexp_replace(coalesce("phone", ''), '\D', '', 'g')) gin_trgm_ops) WHERE "role" = 'CLIENT';
-- The directory without a search: by last visit (never visited last), then name.
CREATE INDEX "app_user_client_last_visit" ON "app_user" ("last_visit_at" DESC NULLS LAST, lower("name"), "id") WHERE "role" = 'CLIENT' AND "merged_into_id" IS NULL;

CREATE FUNCTION "glowbook_refresh_last_visit"(client UUID) RETURNS void LANGUAGE sql AS $$
  UPDATE "app_user" SET "last_visit_at" = (
    SELECT max("starts_at") FROM "appointment" WHERE "client_id" = client AND "status" IN ('CHECKED_IN', 'COMPLETED')
  ) WHERE "id" = client;
$$;

CREATE FUNCTION "glowbook_appointment_last_visit"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  visit CONSTANT "AppointmentStatus"[] := ARRAY['CHECKED_IN', 'COMPLETED']::"AppointmentStatus"[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW."status" = ANY (visit) THEN PERFORM "glowbook_refresh_last_visit"(NEW."client_id"); END IF;
  ELSIF TG_OP = 'DELETE' THEN
    IF OLD."status" = ANY (visit) THEN PERFORM "glowbook_refresh_last_visit"(OLD."client_id"); END IF;
  ELSIF (OLD."status" = ANY (visit) OR NEW."status" = ANY (visit))
    AND (OLD."status" IS DISTINCT FROM NEW."status" OR OLD."client_id" <> NEW."client_id" OR OLD."starts_at" <> NEW."starts_at") THEN
    PERFORM "glowbook_refresh_last_visit"(NEW."client_id");
    IF OLD."client_id" <> NEW."client_id" THEN PERFORM "glowbook_refresh_last_visit"(OLD."client_id"); END IF;
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "appointment_last_visit" AFTER INSERT OR DELETE OR UPDATE OF "status", "client_id", "starts_at" ON "appointment"
  FOR EACH ROW EXECUTE FUNCTION "glowbook_appointment_last_visit"();

-- A merge moves a duplicate's signed intakes to the client it is merged into. Submissions stay
-- immutable otherwise: only their owner may change, and only inside a merge's own transaction
-- (lib/clients/merge.ts sets glowbook.client_merge locally).
CREATE FUNCTION "glowbook_intake_submission_guard"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND current_setting('glowbook.client_merge', true) = 'on'
     AND (to_jsonb(NEW) - 'client_id') = (to_jsonb(OLD) - 'client_id') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION '% rows are immutable', TG_TABLE_NAME USING ERRCODE = '55000';
END;
$$;
DROP TRIGGER "intake_submission_immutable" ON "intake_submission";
CREATE TRIGGER "intake_submission_immutable" BEFORE UPDATE OR DELETE ON "intake_submission"
  FOR EACH ROW EXECUTE FUNCTION "glowbook_intake_submission_guard"();

-- Messages belong to a client (the client page lists them; a merge moves them), also those not
-- about one appointment (the set-password link, a general intake link).
ALTER TABLE "email_message" ADD COLUMN "client_id" UUID;
ALTER TABLE "email_message" ADD CONSTRAINT "email_message_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
UPDATE "email_message" m SET "client_id" = a."client_id" FROM "appointment" a WHERE a."id" = m."appointment_id";
CREATE INDEX "email_message_client_id_created_at_idx" ON "email_message"("client_id", "created_at");

-- Single-use, expiring links to set a password. Only a SHA-256 of the token is stored.
CREATE TABLE "password_token" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "user_id" UUID NOT NULL,
  "token_hash" TEXT NOT NULL,
  "expires_at" TIMESTAMPTZ(3) NOT NULL,
  "used_at" TIMESTAMPTZ(3),
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "password_token_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "password_token_hash_hex" CHECK ("token_hash" ~ '^[0-9a-f]{64}$')
);
CREATE UNIQUE INDEX "password_token_token_hash_key" ON "password_token"("token_hash");
CREATE INDEX "password_token_user_id_idx" ON "password_token"("user_id");
ALTER TABLE "password_token" ADD CONSTRAINT "password_token_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---- The schedule change feed (lib/schedule-feed) --------------------------------------------
-- Every write that changes a schedule inserts one schedule_change row in its own transaction.
-- At commit (a deferred constraint trigger, so after every other lock the transaction took, which
-- keeps it free of deadlocks) the location's version is bumped under its row lock, the row gets
-- that version, and pg_notify tells every listening app instance. Versions therefore follow
-- commit order: a reader that saw version N has seen every change up to N.
CREATE TABLE "schedule_version" (
  "location_id" UUID NOT NULL,
  "version" BIGINT NOT NULL DEFAULT 0,
  "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "schedule_version_pkey" PRIMARY KEY ("location_id")
);
ALTER TABLE "schedule_version" ADD CONSTRAINT "schedule_version_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "schedule_change" (
  "id" BIGSERIAL NOT NULL,
  "location_id" UUID NOT NULL,
  "version" BIGINT,
  "kind" TEXT NOT NULL,
  "appointment_id" UUID,
  "staff_ids" UUID[] DEFAULT ARRAY[]::UUID[],
  "dates" DATE[] DEFAULT ARRAY[]::DATE[],
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "schedule_change_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "schedule_change_kind" CHECK ("kind" ~ '^[a-z]+(\.[a-z-]+)?$')
);
CREATE INDEX "schedule_change_location_id_version_idx" ON "schedule_change"("location_id", "version");
ALTER TABLE "schedule_change" ADD CONSTRAINT "schedule_change_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE FUNCTION "glowbook_publish_schedule_change"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  next_version BIGINT;
BEGIN
  INSERT INTO "schedule_version" ("location_id", "version", "updated_at") VALUES (NEW."location_id", 1, clock_timestamp())
  ON CONFLICT ("location_id") DO UPDATE SET "version" = "schedule_version"."version" + 1, "updated_at" = clock_timestamp()
  RETURNING "version" INTO next_version;
  UPDATE "schedule_change" SET "version" = next_version WHERE "id" = NEW."id";
  -- Ids, the kind and local dates only: never a name or anything from a chart.
  PERFORM pg_notify('glowbook_schedule', json_build_object(
    'locationId', NEW."location_id",
    'version', next_version,
    'kind', NEW."kind",
    'appointmentId', NEW."appointment_id",
    'staffIds', coalesce(NEW."staff_ids", ARRAY[]::UUID[]),
    'dates', coalesce(NEW."dates", ARRAY[]::DATE[])
  )::text);
  RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER "schedule_change_publish" AFTER INSERT ON "schedule_change"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "glowbook_publish_schedule_change"();
