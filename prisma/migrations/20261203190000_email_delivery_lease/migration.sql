-- Claim-then-send (docs/decisions/0016): a worker claims a due message (SENDING, with a lease)
-- and commits before it talks to SMTP; a claim whose lease ran out was abandoned by a crash and
-- is claimed again. Retries are spaced by send_after and end after a window from the first attempt.
ALTER TYPE "EmailState" ADD VALUE 'SENDING' AFTER 'QUEUED';

ALTER TABLE "email_message"
  ADD COLUMN "lease_expires_at" TIMESTAMPTZ(3),
  ADD COLUMN "claim_token" UUID,
  ADD COLUMN "first_attempt_at" TIMESTAMPTZ(3);
