-- Issue 7: the intake request at booking and the 48-hour intake reminder (lib/notify/intake-*.ts).
ALTER TYPE "EmailTemplate" ADD VALUE 'INTAKE_REQUEST';
ALTER TYPE "EmailTemplate" ADD VALUE 'INTAKE_REMINDER';
