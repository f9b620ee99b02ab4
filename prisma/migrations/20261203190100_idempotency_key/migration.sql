-- A client's retried request (same Idempotency-Key) gets the first answer instead of booking twice
-- (docs/decisions/0017). One row per person and key; the outcome is written in the transaction
-- that made the booking, so a committed booking always has its COMPLETE record.
CREATE TABLE "idempotency_record" (
  "user_id" UUID NOT NULL,
  "key" TEXT NOT NULL,
  "scope" TEXT NOT NULL,
  "fingerprint" TEXT NOT NULL,
  "claim_token" UUID NOT NULL,
  "outcome" JSONB,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "expires_at" TIMESTAMPTZ(3) NOT NULL,
  CONSTRAINT "idempotency_record_pkey" PRIMARY KEY ("user_id", "key"),
  CONSTRAINT "idempotency_record_key_length" CHECK (char_length("key") BETWEEN 1 AND 255)
);
CREATE INDEX "idempotency_record_expires_at_idx" ON "idempotency_record"("expires_at");
ALTER TABLE "idempotency_record" ADD CONSTRAINT "idempotency_record_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
