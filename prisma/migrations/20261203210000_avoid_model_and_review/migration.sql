-- Issue 12: appointments a new intake or a move puts into "needs review" (and how each review was
-- resolved), the intake policy's requirement and reminder cadence, the messages that go with them,
-- and the label checks of products for clients with an allergy the ingredient dictionary cannot read.

-- The new values are not used in this migration (PostgreSQL allows adding them in a transaction then).
ALTER TYPE "EmailTemplate" ADD VALUE 'APPOINTMENT_NEEDS_REVIEW';
ALTER TYPE "EmailTemplate" ADD VALUE 'STAFF_APPOINTMENT_REVIEW';
ALTER TYPE "EmailTemplate" ADD VALUE 'APPOINTMENT_SERVICE_CHANGED';
ALTER TYPE "HomecareEditKind" ADD VALUE 'CONFIRM';

CREATE TYPE "IntakeRequirement" AS ENUM ('AT_BOOKING', 'BEFORE_VISIT');
ALTER TABLE "intake_policy" ADD COLUMN "required_at" "IntakeRequirement" NOT NULL DEFAULT 'BEFORE_VISIT';
-- Hours before the visit at which an intake reminder goes while the intake is still needed.
ALTER TABLE "intake_policy" ADD COLUMN "reminder_lead_hours" INTEGER[] DEFAULT ARRAY[48]::INTEGER[];
ALTER TABLE "intake_policy" ADD CONSTRAINT "intake_policy_reminder_lead_hours_valid" CHECK (
  "reminder_lead_hours" IS NOT NULL
  AND cardinality("reminder_lead_hours") <= 4
  AND 1 <= ALL ("reminder_lead_hours")
  AND 336 >= ALL ("reminder_lead_hours")
);

CREATE TYPE "AppointmentReviewTrigger" AS ENUM ('INTAKE', 'RESCHEDULE', 'MOVE');
CREATE TYPE "AppointmentReviewResolution" AS ENUM ('SERVICE_CHANGED', 'MOVED', 'CANCELLED', 'OVERRIDDEN', 'CLEARED');

CREATE TABLE "appointment_review" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "appointment_id" UUID NOT NULL,
  "trigger" "AppointmentReviewTrigger" NOT NULL,
  -- The rules that rule the booked treatment out on its date: [{ ruleId, ruleName, clientReason }].
  "reasons" JSONB NOT NULL DEFAULT '[]',
  -- A local date (YYYY-MM-DD) from which the treatment is allowed again, or 'cleared'.
  "blocked_until" TEXT NOT NULL,
  "raised_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "raised_by_id" UUID,
  "resolved_at" TIMESTAMPTZ(3),
  "resolved_by_id" UUID,
  "resolution" "AppointmentReviewResolution",
  "resolution_note" TEXT,
  CONSTRAINT "appointment_review_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "appointment_review_blocked_until_format" CHECK ("blocked_until" = 'cleared' OR "blocked_until" ~ '^\d{4}-\d{2}-\d{2}$'),
  CONSTRAINT "appointment_review_resolution_recorded" CHECK (("resolved_at" IS NULL) = ("resolution" IS NULL)),
  -- An override is a clinical decision against the rules: it always says why.
  CONSTRAINT "appointment_review_override_has_reason" CHECK (
    "resolution" IS DISTINCT FROM 'OVERRIDDEN' OR length(btrim(coalesce("resolution_note", ''))) > 0
  )
);
-- At most one open review per appointment: "needs review" is whether it exists.
CREATE UNIQUE INDEX "appointment_review_one_open" ON "appointment_review"("appointment_id") WHERE "resolved_at" IS NULL;
CREATE INDEX "appointment_review_appointment_id_raised_at_idx" ON "appointment_review"("appointment_id", "raised_at");
ALTER TABLE "appointment_review" ADD CONSTRAINT "appointment_review_appointment_id_fkey" FOREIGN KEY ("appointment_id") REFERENCES "appointment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "appointment_review" ADD CONSTRAINT "appointment_review_raised_by_id_fkey" FOREIGN KEY ("raised_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "appointment_review" ADD CONSTRAINT "appointment_review_resolved_by_id_fkey" FOREIGN KEY ("resolved_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
