-- Issue 11: the front desk (receptionist) role, and the messages a desk-created client receives.
-- Enum values are added on their own: a value added by ALTER TYPE cannot be used in the same
-- transaction (docs/decisions/0001).
ALTER TYPE "Role" ADD VALUE 'FRONT_DESK';
-- A client created at the desk with an email address: a single-use link to set a password.
ALTER TYPE "EmailTemplate" ADD VALUE 'ACCOUNT_INVITATION';
-- "Send intake link now" for a client with no upcoming visit to attach it to.
ALTER TYPE "EmailTemplate" ADD VALUE 'INTAKE_LINK';
