-- Foundation: locations, users and roles, staff, services, resources, hours, booking policy,
-- rate-limit counters. Written by hand in Prisma's format (see docs/decisions/0001).

CREATE TYPE "Role" AS ENUM ('CLIENT', 'ESTHETICIAN', 'ADMIN');

CREATE TYPE "TreatmentStep" AS ENUM (
  'CLEANSE', 'SKIN_ANALYSIS', 'STEAM', 'EXFOLIATION_PHYSICAL', 'EXFOLIATION_CHEMICAL',
  'EXTRACTION', 'MASSAGE', 'MASK', 'TONE', 'MOISTURISE', 'PEEL', 'LED',
  'ELECTRICAL_STIMULATION', 'WAXING', 'SUNSCREEN'
);

CREATE TYPE "ResourceKind" AS ENUM (
  'TREATMENT_ROOM', 'FACIAL_STEAMER', 'LED_DEVICE', 'HIGH_FREQUENCY_DEVICE',
  'MICROCURRENT_DEVICE', 'MICRODERMABRASION_DEVICE'
);

CREATE TABLE "location" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "name" TEXT NOT NULL,
  "address" TEXT NOT NULL,
  "time_zone" TEXT NOT NULL,
  "phone" TEXT NOT NULL,
  "email" TEXT NOT NULL,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "location_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "app_user" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "email" TEXT NOT NULL,
  "name" TEXT NOT NULL,
  "phone" TEXT,
  "role" "Role" NOT NULL DEFAULT 'CLIENT',
  "password_hash" TEXT NOT NULL,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "app_user_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "app_user_email_lowercase" CHECK ("email" = lower("email"))
);
CREATE UNIQUE INDEX "app_user_email_key" ON "app_user"("email");

CREATE TABLE "staff_profile" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "user_id" UUID NOT NULL,
  "location_id" UUID NOT NULL,
  "display_name" TEXT NOT NULL,
  "bio" TEXT NOT NULL DEFAULT '',
  "active" BOOLEAN NOT NULL DEFAULT true,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "staff_profile_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "staff_profile_user_id_key" ON "staff_profile"("user_id");
CREATE INDEX "staff_profile_location_id_idx" ON "staff_profile"("location_id");

CREATE TABLE "service" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "location_id" UUID NOT NULL,
  "slug" TEXT NOT NULL,
  "name" TEXT NOT NULL,
  "description" TEXT NOT NULL,
  "duration_minutes" INTEGER NOT NULL,
  "buffer_before_minutes" INTEGER NOT NULL DEFAULT 0,
  "buffer_after_minutes" INTEGER NOT NULL DEFAULT 0,
  "price_cents" INTEGER NOT NULL,
  "currency" TEXT NOT NULL DEFAULT 'USD',
  "steps" "TreatmentStep"[] DEFAULT ARRAY[]::"TreatmentStep"[],
  "requires_intake" BOOLEAN NOT NULL DEFAULT true,
  "active" BOOLEAN NOT NULL DEFAULT true,
  "sort_order" INTEGER NOT NULL DEFAULT 0,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "service_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "service_duration_positive" CHECK ("duration_minutes" > 0),
  CONSTRAINT "service_buffers_non_negative" CHECK ("buffer_before_minutes" >= 0 AND "buffer_after_minutes" >= 0),
  CONSTRAINT "service_price_non_negative" CHECK ("price_cents" >= 0),
  CONSTRAINT "service_currency_iso" CHECK ("currency" ~ '^[A-Z]{3}$')
);
CREATE UNIQUE INDEX "service_slug_key" ON "service"("slug");
CREATE INDEX "service_location_id_idx" ON "service"("location_id");

CREATE TABLE "service_resource_requirement" (
  "service_id" UUID NOT NULL,
  "kind" "ResourceKind" NOT NULL,
  "quantity" INTEGER NOT NULL DEFAULT 1,
  CONSTRAINT "service_resource_requirement_pkey" PRIMARY KEY ("service_id", "kind"),
  CONSTRAINT "service_resource_requirement_quantity_positive" CHECK ("quantity" > 0)
);

CREATE TABLE "resource" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "location_id" UUID NOT NULL,
  "name" TEXT NOT NULL,
  "kind" "ResourceKind" NOT NULL,
  "active" BOOLEAN NOT NULL DEFAULT true,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "resource_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "resource_location_id_name_key" ON "resource"("location_id", "name");

CREATE TABLE "staff_service" (
  "staff_id" UUID NOT NULL,
  "service_id" UUID NOT NULL,
  CONSTRAINT "staff_service_pkey" PRIMARY KEY ("staff_id", "service_id")
);
CREATE INDEX "staff_service_service_id_idx" ON "staff_service"("service_id");

CREATE TABLE "working_hours" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "staff_id" UUID NOT NULL,
  "weekday" INTEGER NOT NULL,
  "start_minute" INTEGER NOT NULL,
  "end_minute" INTEGER NOT NULL,
  CONSTRAINT "working_hours_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "working_hours_weekday_iso" CHECK ("weekday" BETWEEN 1 AND 7),
  CONSTRAINT "working_hours_range_in_day" CHECK ("start_minute" >= 0 AND "end_minute" <= 1440 AND "start_minute" < "end_minute")
);
CREATE INDEX "working_hours_staff_id_weekday_idx" ON "working_hours"("staff_id", "weekday");

CREATE TABLE "booking_policy" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "location_id" UUID NOT NULL,
  "slot_interval_minutes" INTEGER NOT NULL DEFAULT 15,
  "min_notice_minutes" INTEGER NOT NULL DEFAULT 120,
  "max_advance_days" INTEGER NOT NULL DEFAULT 90,
  "cancellation_window_hours" INTEGER NOT NULL DEFAULT 24,
  "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "booking_policy_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "booking_policy_values" CHECK (
    "slot_interval_minutes" BETWEEN 5 AND 240 AND "min_notice_minutes" >= 0
    AND "max_advance_days" BETWEEN 1 AND 730 AND "cancellation_window_hours" >= 0
  )
);
CREATE UNIQUE INDEX "booking_policy_location_id_key" ON "booking_policy"("location_id");

CREATE TABLE "rate_limit_counter" (
  "key" TEXT NOT NULL,
  "count" INTEGER NOT NULL,
  "window_starts_at" TIMESTAMPTZ(3) NOT NULL,
  CONSTRAINT "rate_limit_counter_pkey" PRIMARY KEY ("key")
);

ALTER TABLE "staff_profile" ADD CONSTRAINT "staff_profile_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "staff_profile" ADD CONSTRAINT "staff_profile_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "service" ADD CONSTRAINT "service_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "service_resource_requirement" ADD CONSTRAINT "service_resource_requirement_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "resource" ADD CONSTRAINT "resource_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "staff_service" ADD CONSTRAINT "staff_service_staff_id_fkey" FOREIGN KEY ("staff_id") REFERENCES "staff_profile"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "staff_service" ADD CONSTRAINT "staff_service_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "working_hours" ADD CONSTRAINT "working_hours_staff_id_fkey" FOREIGN KEY ("staff_id") REFERENCES "staff_profile"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "booking_policy" ADD CONSTRAINT "booking_policy_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE CASCADE ON UPDATE CASCADE;
