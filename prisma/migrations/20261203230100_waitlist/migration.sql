-- Issue 16: a waitlist that fills freed time (docs/decisions/0026).

-- ---- Holds ---------------------------------------------------------------------------------
-- A HELD appointment has an expiry and nothing else does. The staff and resource exclusion
-- constraints already cover every status but CANCELLED and LATE_CANCELLED, so a hold occupies its
-- esthetician and rooms exactly like a booking.
ALTER TABLE "appointment" ADD COLUMN "hold_expires_at" TIMESTAMPTZ(3);
ALTER TABLE "appointment" ADD CONSTRAINT "appointment_hold_expiry" CHECK (("status" = 'HELD') = ("hold_expires_at" IS NOT NULL));
CREATE INDEX "appointment_hold_expires_at_idx" ON "appointment" ("hold_expires_at") WHERE "status" = 'HELD';

-- ---- Policy and preferences -----------------------------------------------------------------
-- ONE_AT_A_TIME offers a freed slot to the first matching entry; NEXT_N to the next N at once
-- (first to claim wins).
ALTER TABLE "booking_policy" ADD COLUMN "waitlist_offer_mode" TEXT NOT NULL DEFAULT 'ONE_AT_A_TIME';
ALTER TABLE "booking_policy" ADD COLUMN "waitlist_batch_size" INTEGER NOT NULL DEFAULT 3;
ALTER TABLE "booking_policy" ADD COLUMN "waitlist_hold_minutes" INTEGER NOT NULL DEFAULT 30;
ALTER TABLE "booking_policy" ADD CONSTRAINT "booking_policy_waitlist_offer_mode" CHECK ("waitlist_offer_mode" IN ('ONE_AT_A_TIME', 'NEXT_N'));
ALTER TABLE "booking_policy" ADD CONSTRAINT "booking_policy_waitlist_batch_size" CHECK ("waitlist_batch_size" BETWEEN 2 AND 10);
ALTER TABLE "booking_policy" ADD CONSTRAINT "booking_policy_waitlist_hold_minutes" CHECK ("waitlist_hold_minutes" BETWEEN 5 AND 1440);

-- Waitlist offers are optional messages: a client who turns them off is not offered freed time.
ALTER TABLE "notification_preference" ADD COLUMN "waitlist" BOOLEAN NOT NULL DEFAULT true;

-- ---- Entries -------------------------------------------------------------------------------
CREATE TYPE "WaitlistEntryStatus" AS ENUM ('WAITING', 'OFFERED', 'BOOKED', 'LEFT');

CREATE TABLE "waitlist_entry" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "location_id" UUID NOT NULL,
  "client_id" UUID NOT NULL,
  "service_id" UUID NOT NULL,
  -- NULL = any qualified esthetician.
  "staff_id" UUID,
  "from_date" DATE NOT NULL,
  "to_date" DATE NOT NULL,
  -- ISO weekdays 1 (Monday) … 7 (Sunday); empty = any day.
  "weekdays" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
  -- MORNING, AFTERNOON, EVENING; empty = any time.
  "day_parts" TEXT[] DEFAULT ARRAY[]::TEXT[],
  -- Queue order: first come, first served; the desk may reorder (lower goes first).
  "position" DOUBLE PRECISION NOT NULL,
  "status" "WaitlistEntryStatus" NOT NULL DEFAULT 'WAITING',
  "appointment_id" UUID,
  "created_by_id" UUID,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "ended_at" TIMESTAMPTZ(3),
  CONSTRAINT "waitlist_entry_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "waitlist_entry_dates_ordered" CHECK ("from_date" <= "to_date"),
  -- Prisma maps scalar lists to nullable columns; the checks keep them present.
  CONSTRAINT "waitlist_entry_weekdays" CHECK ("weekdays" IS NOT NULL AND "weekdays" <@ ARRAY[1, 2, 3, 4, 5, 6, 7]),
  CONSTRAINT "waitlist_entry_day_parts" CHECK ("day_parts" IS NOT NULL AND "day_parts" <@ ARRAY['MORNING', 'AFTERNOON', 'EVENING']::TEXT[]),
  CONSTRAINT "waitlist_entry_ended" CHECK (("status" IN ('BOOKED', 'LEFT')) = ("ended_at" IS NOT NULL)),
  CONSTRAINT "waitlist_entry_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "waitlist_entry_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "waitlist_entry_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "waitlist_entry_staff_id_fkey" FOREIGN KEY ("staff_id") REFERENCES "staff_profile"("id") ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT "waitlist_entry_appointment_id_fkey" FOREIGN KEY ("appointment_id") REFERENCES "appointment"("id") ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT "waitlist_entry_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE
);
CREATE INDEX "waitlist_entry_location_id_status_position_idx" ON "waitlist_entry" ("location_id", "status", "position");
CREATE INDEX "waitlist_entry_client_id_idx" ON "waitlist_entry" ("client_id");

-- ---- Offers --------------------------------------------------------------------------------
CREATE TYPE "WaitlistOfferStatus" AS ENUM ('PENDING', 'CLAIMED', 'TAKEN', 'EXPIRED', 'WITHDRAWN');

CREATE TABLE "waitlist_offer" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "entry_id" UUID NOT NULL,
  -- The HELD appointment: it becomes the booking when this offer is claimed; a hold that lapses
  -- unclaimed is deleted (it never was a visit), leaving the offer's record for the report.
  "appointment_id" UUID,
  "slot_starts_at" TIMESTAMPTZ(3) NOT NULL,
  -- SHA-256 of the claim link's token; the token itself is only in the email.
  "token_hash" TEXT NOT NULL,
  "status" "WaitlistOfferStatus" NOT NULL DEFAULT 'PENDING',
  "offered_at" TIMESTAMPTZ(3) NOT NULL,
  "expires_at" TIMESTAMPTZ(3) NOT NULL,
  "resolved_at" TIMESTAMPTZ(3),
  CONSTRAINT "waitlist_offer_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "waitlist_offer_resolved" CHECK (("status" = 'PENDING') = ("resolved_at" IS NULL)),
  CONSTRAINT "waitlist_offer_entry_id_fkey" FOREIGN KEY ("entry_id") REFERENCES "waitlist_entry"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "waitlist_offer_appointment_id_fkey" FOREIGN KEY ("appointment_id") REFERENCES "appointment"("id") ON DELETE SET NULL ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "waitlist_offer_token_hash_key" ON "waitlist_offer" ("token_hash");
CREATE INDEX "waitlist_offer_entry_id_idx" ON "waitlist_offer" ("entry_id");
CREATE INDEX "waitlist_offer_appointment_id_idx" ON "waitlist_offer" ("appointment_id");
CREATE INDEX "waitlist_offer_offered_at_idx" ON "waitlist_offer" ("offered_at");

-- How far the worker has read each location's schedule change feed (commit-ordered versions).
CREATE TABLE "waitlist_cursor" (
  "location_id" UUID NOT NULL,
  "version" BIGINT NOT NULL DEFAULT 0,
  "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "waitlist_cursor_pkey" PRIMARY KEY ("location_id"),
  CONSTRAINT "waitlist_cursor_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
