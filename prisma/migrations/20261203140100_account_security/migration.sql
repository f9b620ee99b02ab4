-- Issue 14: server-side sessions, a second factor for staff, sign-up confirmation and sign-in
-- throttling per (email, address) pair. docs/decisions/0020-sessions-and-second-factor.md.

CREATE TYPE "SecondFactorMethod" AS ENUM ('TOTP', 'RECOVERY_CODE', 'PASSKEY', 'TRUSTED_BROWSER');
CREATE TYPE "WebAuthnPurpose" AS ENUM ('REGISTER', 'SIGN_IN', 'SECOND_FACTOR');

-- One row per signed-in browser. The JWT carries only this id; every request reads the row (and
-- its user) by primary key, so deleting it signs that browser out at once on every instance.
CREATE TABLE "user_session" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "user_id" UUID NOT NULL,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "expires_at" TIMESTAMPTZ(3) NOT NULL,
  "second_factor_at" TIMESTAMPTZ(3),
  "second_factor_method" "SecondFactorMethod",
  "user_agent" TEXT NOT NULL DEFAULT '',
  "ip" TEXT NOT NULL DEFAULT '',
  CONSTRAINT "user_session_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "user_session_user_agent_length" CHECK (char_length("user_agent") <= 512),
  CONSTRAINT "user_session_ip_length" CHECK (char_length("ip") <= 64)
);
CREATE INDEX "user_session_user_id_created_at_idx" ON "user_session"("user_id", "created_at");
CREATE INDEX "user_session_expires_at_idx" ON "user_session"("expires_at");
ALTER TABLE "user_session" ADD CONSTRAINT "user_session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- An authenticator app. The secret is encrypted with a key derived from NEXTAUTH_SECRET;
-- last_time_step refuses a code that was already used (replay).
CREATE TABLE "totp_credential" (
  "user_id" UUID NOT NULL,
  "secret_ciphertext" TEXT NOT NULL,
  "confirmed_at" TIMESTAMPTZ(3),
  "last_time_step" INTEGER,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "totp_credential_pkey" PRIMARY KEY ("user_id")
);
ALTER TABLE "totp_credential" ADD CONSTRAINT "totp_credential_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Single-use codes, stored as SHA-256 of an 80-bit random code.
CREATE TABLE "recovery_code" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "user_id" UUID NOT NULL,
  "code_hash" TEXT NOT NULL,
  "used_at" TIMESTAMPTZ(3),
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "recovery_code_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "recovery_code_user_id_code_hash_key" ON "recovery_code"("user_id", "code_hash");
ALTER TABLE "recovery_code" ADD CONSTRAINT "recovery_code_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "passkey_credential" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "user_id" UUID NOT NULL,
  "credential_id" TEXT NOT NULL,
  "public_key" BYTEA NOT NULL,
  "counter" BIGINT NOT NULL DEFAULT 0,
  "transports" TEXT[] DEFAULT ARRAY[]::TEXT[],
  "device_type" TEXT NOT NULL,
  "backed_up" BOOLEAN NOT NULL DEFAULT false,
  "name" TEXT NOT NULL,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "last_used_at" TIMESTAMPTZ(3),
  CONSTRAINT "passkey_credential_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "passkey_credential_name_length" CHECK (char_length("name") BETWEEN 1 AND 60)
);
CREATE UNIQUE INDEX "passkey_credential_credential_id_key" ON "passkey_credential"("credential_id");
CREATE INDEX "passkey_credential_user_id_idx" ON "passkey_credential"("user_id");
ALTER TABLE "passkey_credential" ADD CONSTRAINT "passkey_credential_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A WebAuthn challenge, used once (deleted when answered) and only before it expires.
CREATE TABLE "webauthn_challenge" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "challenge" TEXT NOT NULL,
  "purpose" "WebAuthnPurpose" NOT NULL,
  "user_id" UUID,
  "session_id" UUID,
  "expires_at" TIMESTAMPTZ(3) NOT NULL,
  CONSTRAINT "webauthn_challenge_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "webauthn_challenge_expires_at_idx" ON "webauthn_challenge"("expires_at");
ALTER TABLE "webauthn_challenge" ADD CONSTRAINT "webauthn_challenge_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- "Trust this browser for 30 days": the cookie holds a random token, this row its SHA-256.
CREATE TABLE "trusted_browser" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "user_id" UUID NOT NULL,
  "token_hash" TEXT NOT NULL,
  "user_agent" TEXT NOT NULL DEFAULT '',
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "expires_at" TIMESTAMPTZ(3) NOT NULL,
  CONSTRAINT "trusted_browser_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "trusted_browser_user_agent_length" CHECK (char_length("user_agent") <= 512)
);
CREATE UNIQUE INDEX "trusted_browser_token_hash_key" ON "trusted_browser"("token_hash");
CREATE INDEX "trusted_browser_user_id_idx" ON "trusted_browser"("user_id");
ALTER TABLE "trusted_browser" ADD CONSTRAINT "trusted_browser_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The spa's security settings. No row = defaults (no second factor required).
CREATE TABLE "security_policy" (
  "location_id" UUID NOT NULL,
  "require_staff_two_factor" BOOLEAN NOT NULL DEFAULT false,
  "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "security_policy_pkey" PRIMARY KEY ("location_id")
);
ALTER TABLE "security_policy" ADD CONSTRAINT "security_policy_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A sign-up waiting for its email to be confirmed. The account is created from it when the link
-- is used, so an address nobody confirmed never blocks its owner.
CREATE TABLE "sign_up_request" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "email" TEXT NOT NULL,
  "name" TEXT NOT NULL,
  "phone" TEXT NOT NULL,
  "password_hash" TEXT NOT NULL,
  "token_hash" TEXT NOT NULL,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "expires_at" TIMESTAMPTZ(3) NOT NULL,
  CONSTRAINT "sign_up_request_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "sign_up_request_email_lowercase" CHECK ("email" = lower("email"))
);
CREATE UNIQUE INDEX "sign_up_request_token_hash_key" ON "sign_up_request"("token_hash");
CREATE INDEX "sign_up_request_expires_at_idx" ON "sign_up_request"("expires_at");

-- Failed sign-ins per (email, client address): growing delays for one pair, so a stranger
-- elsewhere cannot lock the owner out. attempt_id marks the attempt the last update admitted.
CREATE TABLE "sign_in_throttle" (
  "key" TEXT NOT NULL,
  "failures" INTEGER NOT NULL,
  "last_failure_at" TIMESTAMPTZ(3) NOT NULL,
  "blocked_until" TIMESTAMPTZ(3) NOT NULL,
  "attempt_id" UUID NOT NULL,
  CONSTRAINT "sign_in_throttle_pkey" PRIMARY KEY ("key")
);
CREATE INDEX "sign_in_throttle_last_failure_at_idx" ON "sign_in_throttle"("last_failure_at");

-- A role change or a staff deactivation ends the person's sessions in the same transaction,
-- whichever code (or SQL console) makes the change.
CREATE FUNCTION "glowbook_end_sessions_of_user"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "user_session" WHERE "user_id" = NEW."user_id";
  RETURN NEW;
END $$;
CREATE FUNCTION "glowbook_end_sessions_on_role_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "user_session" WHERE "user_id" = NEW."id";
  RETURN NEW;
END $$;
CREATE TRIGGER "app_user_role_change_ends_sessions" AFTER UPDATE OF "role" ON "app_user"
  FOR EACH ROW WHEN (OLD."role" IS DISTINCT FROM NEW."role") EXECUTE FUNCTION "glowbook_end_sessions_on_role_change"();
CREATE TRIGGER "staff_profile_deactivation_ends_sessions" AFTER UPDATE OF "active" ON "staff_profile"
  FOR EACH ROW WHEN (OLD."active" AND NOT NEW."active") EXECUTE FUNCTION "glowbook_end_sessions_of_user"();
