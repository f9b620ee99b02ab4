-- An esthetician's first working day at the spa (a date in the spa's zone). Reports count their
-- working hours, the utilisation denominator, only from this day (decision 0034).
ALTER TABLE "staff_profile" ADD COLUMN "start_date" DATE;

-- Existing staff started on the day their account or staff row was created, whichever came
-- first, as a date in the spa's zone.
UPDATE "staff_profile" AS s
SET "start_date" = (LEAST(s."created_at", u."created_at") AT TIME ZONE l."time_zone")::date
FROM "app_user" AS u, "location" AS l
WHERE u."id" = s."user_id" AND l."id" = s."location_id";

ALTER TABLE "staff_profile" ALTER COLUMN "start_date" SET NOT NULL;
