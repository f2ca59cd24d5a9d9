DROP INDEX "audit_events_client_idx";--> statement-breakpoint
CREATE INDEX "audit_events_client_seq_idx" ON "audit_events" USING btree ("client_id","seq");