-- Issue 15: photo consents, clinical photos and their stored bytes, the spa's photo settings.

CREATE TYPE "PhotoConsentKind" AS ENUM ('CLINICAL', 'MARKETING');
CREATE TYPE "PhotoConsentSource" AS ENUM ('INTAKE', 'ACCOUNT');
CREATE TYPE "PhotoAngle" AS ENUM ('FRONT', 'LEFT_45', 'RIGHT_45', 'LEFT_PROFILE', 'RIGHT_PROFILE', 'CLOSE_UP');
CREATE TYPE "PhotoPhase" AS ENUM ('BEFORE', 'AFTER');
CREATE TYPE "PhotoStorage" AS ENUM ('POSTGRES', 'S3');

-- Every grant and withdrawal, append-only; the latest row per (client, kind) is the current state.
CREATE TABLE "photo_consent" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "client_id" UUID NOT NULL,
  "kind" "PhotoConsentKind" NOT NULL,
  "granted" BOOLEAN NOT NULL,
  "form_version" INTEGER NOT NULL,
  "source" "PhotoConsentSource" NOT NULL,
  "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "ip" TEXT,
  "user_agent" TEXT,
  CONSTRAINT "photo_consent_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "photo_consent_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE INDEX "photo_consent_client_id_kind_recorded_at_idx" ON "photo_consent"("client_id", "kind", "recorded_at");
CREATE TRIGGER "photo_consent_immutable" BEFORE UPDATE OR DELETE ON "photo_consent"
  FOR EACH ROW EXECUTE FUNCTION "glowbook_refuse_change"();

CREATE TABLE "photo_policy" (
  "location_id" UUID NOT NULL,
  "keep_originals" BOOLEAN NOT NULL DEFAULT false,
  "clients_see_photos" BOOLEAN NOT NULL DEFAULT false,
  "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "photo_policy_pkey" PRIMARY KEY ("location_id"),
  CONSTRAINT "photo_policy_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE "clinical_photo" (
  "id" UUID NOT NULL,
  "appointment_id" UUID NOT NULL,
  "client_id" UUID NOT NULL,
  "taken_by_id" UUID NOT NULL,
  "angle" "PhotoAngle" NOT NULL,
  "zone" TEXT,
  "phase" "PhotoPhase" NOT NULL,
  "content_hash" TEXT NOT NULL,
  "width" INTEGER NOT NULL,
  "height" INTEGER NOT NULL,
  "storage" "PhotoStorage" NOT NULL,
  "thumb_key" TEXT NOT NULL,
  "display_key" TEXT NOT NULL,
  "original_key" TEXT,
  "added_after_signing" BOOLEAN NOT NULL DEFAULT false,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "clinical_photo_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "clinical_photo_appointment_id_fkey" FOREIGN KEY ("appointment_id") REFERENCES "appointment"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT "clinical_photo_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT "clinical_photo_taken_by_id_fkey" FOREIGN KEY ("taken_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT "clinical_photo_zone_only_for_close_up" CHECK (("angle" = 'CLOSE_UP') = ("zone" IS NOT NULL))
);
CREATE UNIQUE INDEX "clinical_photo_appointment_id_content_hash_key" ON "clinical_photo"("appointment_id", "content_hash");
CREATE INDEX "clinical_photo_client_id_angle_created_at_idx" ON "clinical_photo"("client_id", "angle", "created_at");

-- A photo is never edited; once its visit's note is signed it cannot be deleted either.
CREATE FUNCTION "glowbook_lock_signed_photo"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM "treatment_note" WHERE "appointment_id" = OLD."appointment_id" AND "signed_at" IS NOT NULL) THEN
    RAISE EXCEPTION 'clinical photo % belongs to a signed note and is locked', OLD."id" USING ERRCODE = '55000';
  END IF;
  RETURN OLD;
END;
$$;
CREATE TRIGGER "clinical_photo_immutable" BEFORE UPDATE ON "clinical_photo"
  FOR EACH ROW EXECUTE FUNCTION "glowbook_refuse_change"();
CREATE TRIGGER "clinical_photo_signed_lock" BEFORE DELETE ON "clinical_photo"
  FOR EACH ROW EXECUTE FUNCTION "glowbook_lock_signed_photo"();

-- The default photo store: bytes in the database, in chunks, so they are read and written as a
-- stream and backups hold them. Not used when an S3-compatible store is configured.
CREATE TABLE "photo_object" (
  "key" TEXT NOT NULL,
  "content_type" TEXT NOT NULL,
  "byte_size" INTEGER NOT NULL,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "photo_object_pkey" PRIMARY KEY ("key")
);
CREATE TABLE "photo_object_chunk" (
  "object_key" TEXT NOT NULL,
  "seq" INTEGER NOT NULL,
  "data" BYTEA NOT NULL,
  CONSTRAINT "photo_object_chunk_pkey" PRIMARY KEY ("object_key", "seq"),
  CONSTRAINT "photo_object_chunk_object_key_fkey" FOREIGN KEY ("object_key") REFERENCES "photo_object"("key") ON DELETE CASCADE ON UPDATE CASCADE
);
