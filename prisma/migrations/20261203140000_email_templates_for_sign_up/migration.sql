-- Issue 14: sign-up answers the same whether the email is taken or not; the owner of the address
-- hears which by email (lib/security/messages). New enum values get their own migration because a
-- value added inside a transaction cannot be used until it commits.
ALTER TYPE "EmailTemplate" ADD VALUE 'SIGN_UP_CONFIRMATION';
ALTER TYPE "EmailTemplate" ADD VALUE 'SIGN_UP_EXISTING_ACCOUNT';
