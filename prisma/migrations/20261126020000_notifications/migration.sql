-- Notifications (issue 7): the outgoing email log (also the outbox the worker sends from) and
-- each client's choice about optional messages. The job queue's own tables live in the schema
-- "pgboss", which pg-boss creates and migrates itself (docs/decisions/0006-job-queue-and-email.md).

CREATE TYPE "EmailTemplate" AS ENUM ('BOOKING_CONFIRMATION', 'APPOINTMENT_RESCHEDULED', 'APPOINTMENT_CANCELLED', 'APPOINTMENT_REMINDER');

CREATE TYPE "EmailState" AS ENUM ('SCHEDULED', 'QUEUED', 'SENT', 'RECORDED', 'FAILED', 'CANCELLED');

CREATE TABLE "email_message" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "to_address" TEXT NOT NULL,
  "from_address" TEXT NOT NULL,
  "subject" TEXT NOT NULL,
  "template" "EmailTemplate" NOT NULL,
  "appointment_id" UUID,
  "appointment_starts_at" TIMESTAMPTZ(3),
  "state" "EmailState" NOT NULL DEFAULT 'QUEUED',
  "attempts" INTEGER NOT NULL DEFAULT 0,
  "last_error" TEXT,
  "html" TEXT NOT NULL,
  "text" TEXT NOT NULL,
  "attachments" JSONB NOT NULL DEFAULT '[]',
  "send_after" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "job_queued_at" TIMESTAMPTZ(3),
  "sent_at" TIMESTAMPTZ(3),
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "email_message_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "email_message_attempts_non_negative" CHECK ("attempts" >= 0),
  CONSTRAINT "email_message_sent_recorded" CHECK (("state" = 'SENT') = ("sent_at" IS NOT NULL))
);
CREATE INDEX "email_message_state_send_after_idx" ON "email_message"("state", "send_after");
CREATE INDEX "email_message_appointment_id_idx" ON "email_message"("appointment_id");
CREATE INDEX "email_message_created_at_idx" ON "email_message"("created_at");

CREATE TABLE "notification_preference" (
  "user_id" UUID NOT NULL,
  "reminders" BOOLEAN NOT NULL DEFAULT true,
  "nudges" BOOLEAN NOT NULL DEFAULT true,
  "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "notification_preference_pkey" PRIMARY KEY ("user_id")
);

ALTER TABLE "email_message" ADD CONSTRAINT "email_message_appointment_id_fkey" FOREIGN KEY ("appointment_id") REFERENCES "appointment"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "notification_preference" ADD CONSTRAINT "notification_preference_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
