-- Issue 7: "homecare plan published" and the rebooking nudge (lib/notify/homecare-*.ts, nudge*.ts).
ALTER TYPE "EmailTemplate" ADD VALUE 'HOMECARE_PUBLISHED';
ALTER TYPE "EmailTemplate" ADD VALUE 'HOMECARE_NUDGE';
