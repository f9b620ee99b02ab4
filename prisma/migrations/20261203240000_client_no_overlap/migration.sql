-- A client cannot hold two overlapping appointments (issue 14, docs/decisions/0028), unless the
-- front desk booked the second one deliberately: then its reason is kept on the row (and in the
-- audit log) and the row stays outside the constraint.
ALTER TABLE "appointment" ADD COLUMN "client_overlap_reason" TEXT;

-- Overlaps booked before this rule keep working: the later of each pair is marked as deliberate.
UPDATE "appointment" AS later
SET "client_overlap_reason" = 'Booked before overlapping visits were refused.'
WHERE later."status" NOT IN ('CANCELLED', 'LATE_CANCELLED')
  AND EXISTS (
    SELECT 1 FROM "appointment" AS earlier
    WHERE earlier."client_id" = later."client_id"
      AND earlier."status" NOT IN ('CANCELLED', 'LATE_CANCELLED')
      AND (earlier."starts_at", earlier."id") < (later."starts_at", later."id")
      AND tstzrange(earlier."starts_at", earlier."ends_at", '[)') && tstzrange(later."starts_at", later."ends_at", '[)')
  );

ALTER TABLE "appointment" ADD CONSTRAINT "appointment_no_client_overlap" EXCLUDE USING gist (
  "client_id" WITH =,
  tstzrange("starts_at", "ends_at", '[)') WITH &&
) WHERE ("status" NOT IN ('CANCELLED', 'LATE_CANCELLED') AND "client_overlap_reason" IS NULL);
