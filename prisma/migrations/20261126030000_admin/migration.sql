-- Admin (issue 6): the audit log of admin changes that affect the schedule. Append-only: rows
-- are never updated or deleted by the application; the actor is kept even if the account goes.

CREATE TABLE "audit_event" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "actor_id" UUID,
  "action" TEXT NOT NULL,
  "entity_type" TEXT NOT NULL,
  "entity_id" TEXT NOT NULL,
  "details" JSONB NOT NULL DEFAULT '{}',
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "audit_event_entity_type_entity_id_created_at_idx" ON "audit_event"("entity_type", "entity_id", "created_at");
CREATE INDEX "audit_event_actor_id_created_at_idx" ON "audit_event"("actor_id", "created_at");
CREATE INDEX "audit_event_action_created_at_idx" ON "audit_event"("action", "created_at");
CREATE INDEX "audit_event_created_at_idx" ON "audit_event"("created_at");

ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
