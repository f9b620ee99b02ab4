-- Appointments, the resources they hold, staff time off and date overrides.
-- The exclusion constraints are the last line of defence against double booking: whatever the
-- application checks, two occupying appointments of one esthetician or one resource can never
-- overlap (docs/decisions/0005-double-booking.md).

CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TYPE "AppointmentStatus" AS ENUM ('BOOKED', 'CHECKED_IN', 'COMPLETED', 'CANCELLED', 'LATE_CANCELLED', 'NO_SHOW');

CREATE TABLE "appointment" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "location_id" UUID NOT NULL,
  "client_id" UUID NOT NULL,
  "staff_id" UUID NOT NULL,
  "service_id" UUID NOT NULL,
  "starts_at" TIMESTAMPTZ(3) NOT NULL,
  "ends_at" TIMESTAMPTZ(3) NOT NULL,
  "blocked_from" TIMESTAMPTZ(3) NOT NULL,
  "blocked_until" TIMESTAMPTZ(3) NOT NULL,
  "status" "AppointmentStatus" NOT NULL DEFAULT 'BOOKED',
  "price_cents" INTEGER NOT NULL,
  "currency" TEXT NOT NULL,
  "client_notes" TEXT NOT NULL DEFAULT '',
  "cancellation_reason" TEXT,
  "cancelled_at" TIMESTAMPTZ(3),
  "cancelled_by_id" UUID,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "appointment_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "appointment_times_ordered" CHECK ("starts_at" < "ends_at"),
  CONSTRAINT "appointment_blocked_covers_times" CHECK ("blocked_from" <= "starts_at" AND "blocked_until" >= "ends_at"),
  CONSTRAINT "appointment_cancellation_recorded" CHECK (
    ("status" IN ('CANCELLED', 'LATE_CANCELLED')) = ("cancelled_at" IS NOT NULL)
  ),
  -- Cancelled appointments free their time; every other status still occupies it.
  CONSTRAINT "appointment_no_staff_overlap" EXCLUDE USING gist (
    "staff_id" WITH =,
    tstzrange("blocked_from", "blocked_until", '[)') WITH &&
  ) WHERE ("status" NOT IN ('CANCELLED', 'LATE_CANCELLED'))
);
CREATE INDEX "appointment_client_id_starts_at_idx" ON "appointment"("client_id", "starts_at");
CREATE INDEX "appointment_staff_id_starts_at_idx" ON "appointment"("staff_id", "starts_at");
CREATE INDEX "appointment_location_id_starts_at_idx" ON "appointment"("location_id", "starts_at");

CREATE TABLE "appointment_resource" (
  "appointment_id" UUID NOT NULL,
  "resource_id" UUID NOT NULL,
  "blocked_from" TIMESTAMPTZ(3) NOT NULL,
  "blocked_until" TIMESTAMPTZ(3) NOT NULL,
  "occupying" BOOLEAN NOT NULL DEFAULT true,
  CONSTRAINT "appointment_resource_pkey" PRIMARY KEY ("appointment_id", "resource_id"),
  CONSTRAINT "appointment_resource_no_overlap" EXCLUDE USING gist (
    "resource_id" WITH =,
    tstzrange("blocked_from", "blocked_until", '[)') WITH &&
  ) WHERE ("occupying")
);
CREATE INDEX "appointment_resource_resource_id_idx" ON "appointment_resource"("resource_id");

CREATE TABLE "staff_time_off" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "staff_id" UUID NOT NULL,
  "starts_at" TIMESTAMPTZ(3) NOT NULL,
  "ends_at" TIMESTAMPTZ(3) NOT NULL,
  "reason" TEXT NOT NULL DEFAULT '',
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "staff_time_off_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "staff_time_off_ordered" CHECK ("starts_at" < "ends_at")
);
CREATE INDEX "staff_time_off_staff_id_starts_at_idx" ON "staff_time_off"("staff_id", "starts_at");

CREATE TABLE "staff_date_override" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "staff_id" UUID NOT NULL,
  "date" DATE NOT NULL,
  "start_minute" INTEGER,
  "end_minute" INTEGER,
  "reason" TEXT NOT NULL DEFAULT '',
  CONSTRAINT "staff_date_override_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "staff_date_override_range" CHECK (
    ("start_minute" IS NULL AND "end_minute" IS NULL)
    OR ("start_minute" >= 0 AND "end_minute" <= 1440 AND "start_minute" < "end_minute")
  )
);
CREATE INDEX "staff_date_override_staff_id_date_idx" ON "staff_date_override"("staff_id", "date");

ALTER TABLE "appointment" ADD CONSTRAINT "appointment_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "appointment" ADD CONSTRAINT "appointment_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "appointment" ADD CONSTRAINT "appointment_staff_id_fkey" FOREIGN KEY ("staff_id") REFERENCES "staff_profile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "appointment" ADD CONSTRAINT "appointment_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "appointment" ADD CONSTRAINT "appointment_cancelled_by_id_fkey" FOREIGN KEY ("cancelled_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "appointment_resource" ADD CONSTRAINT "appointment_resource_appointment_id_fkey" FOREIGN KEY ("appointment_id") REFERENCES "appointment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "appointment_resource" ADD CONSTRAINT "appointment_resource_resource_id_fkey" FOREIGN KEY ("resource_id") REFERENCES "resource"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "staff_time_off" ADD CONSTRAINT "staff_time_off_staff_id_fkey" FOREIGN KEY ("staff_id") REFERENCES "staff_profile"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "staff_date_override" ADD CONSTRAINT "staff_date_override_staff_id_fkey" FOREIGN KEY ("staff_id") REFERENCES "staff_profile"("id") ON DELETE CASCADE ON UPDATE CASCADE;
