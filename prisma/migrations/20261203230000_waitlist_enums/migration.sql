-- Issue 16: the waitlist. A waitlist offer holds time as an appointment in status HELD, which the
-- existing exclusion constraints already cover (they exclude only cancelled statuses). Enum values
-- are added on their own: a value added by ALTER TYPE cannot be used in the same transaction.
ALTER TYPE "AppointmentStatus" ADD VALUE 'HELD';
ALTER TYPE "EmailTemplate" ADD VALUE 'WAITLIST_OFFER';
ALTER TYPE "EmailTemplate" ADD VALUE 'WAITLIST_TAKEN';
ALTER TYPE "EmailTemplate" ADD VALUE 'WAITLIST_HOLD_EXPIRED';
