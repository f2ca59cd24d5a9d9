CREATE TABLE "care_relations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"professional_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"needs_address" boolean DEFAULT false NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone,
	"note" text,
	CONSTRAINT "care_relations_kind_check" CHECK ("care_relations"."kind" in ('appointment', 'case', 'team'))
);
--> statement-breakpoint
CREATE TABLE "clients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"identity_code" text,
	"local_id" text,
	"first_names" text NOT NULL,
	"last_name" text NOT NULL,
	"birth_date" date NOT NULL,
	"sex" text,
	"phone" text,
	"email" text,
	"street" text,
	"postal_code" text,
	"city" text,
	"language" text DEFAULT 'fi' NOT NULL,
	"other_language" text,
	"interpreter_needed" boolean DEFAULT false NOT NULL,
	"municipality" text,
	"area_code" text,
	"responsible_centre_id" uuid,
	"non_disclosure" boolean DEFAULT false NOT NULL,
	"deceased_on" date,
	"user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "clients_identifier_check" CHECK ("clients"."identity_code" is not null or "clients"."local_id" is not null),
	CONSTRAINT "clients_language_check" CHECK ("clients"."language" in ('fi', 'sv', 'other'))
);
--> statement-breakpoint
CREATE TABLE "emergency_accesses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"professional_id" uuid NOT NULL,
	"professional_name" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"review_note" text
);
--> statement-breakpoint
CREATE TABLE "guardianships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"minor_client_id" uuid NOT NULL,
	"guardian_client_id" uuid NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date
);
--> statement-breakpoint
CREATE TABLE "record_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"register" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"type" text NOT NULL,
	"author_id" uuid,
	"author_name" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"title" text NOT NULL,
	"text" text NOT NULL,
	"codes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"hidden_from_guardians" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "record_entries_register_check" CHECK ("record_entries"."register" in ('social', 'health')),
	CONSTRAINT "record_entries_type_check" CHECK ("record_entries"."type" in ('visit', 'note', 'decision', 'document_summary', 'measurement'))
);
--> statement-breakpoint
CREATE TABLE "service_units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name_fi" text NOT NULL,
	"name_sv" text,
	"name_en" text,
	"register" text NOT NULL,
	"organization_id" uuid NOT NULL,
	"organization_name" text NOT NULL,
	CONSTRAINT "service_units_code_unique" UNIQUE("code"),
	CONSTRAINT "service_units_register_check" CHECK ("service_units"."register" in ('social', 'health'))
);
--> statement-breakpoint
CREATE TABLE "unit_memberships" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"supervisor" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consent_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consent_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"action" text NOT NULL,
	"snapshot" jsonb NOT NULL,
	"by_user_id" uuid NOT NULL,
	"by_name" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"given_by_client_id" uuid NOT NULL,
	"registers" text[] NOT NULL,
	"organization_ids" uuid[] NOT NULL,
	"purpose" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"revoked_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consents_registers_check" CHECK ("consents"."registers" <@ array['social', 'health']::text[] and cardinality("consents"."registers") > 0),
	CONSTRAINT "consents_validity_check" CHECK ("consents"."valid_to" is null or "consents"."valid_to" >= "consents"."valid_from")
);
--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "basis" text;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "actor_organization" text;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "register" text;--> statement-breakpoint
ALTER TABLE "care_relations" ADD CONSTRAINT "care_relations_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_relations" ADD CONSTRAINT "care_relations_unit_id_service_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."service_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emergency_accesses" ADD CONSTRAINT "emergency_accesses_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emergency_accesses" ADD CONSTRAINT "emergency_accesses_unit_id_service_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."service_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guardianships" ADD CONSTRAINT "guardianships_minor_client_id_clients_id_fk" FOREIGN KEY ("minor_client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guardianships" ADD CONSTRAINT "guardianships_guardian_client_id_clients_id_fk" FOREIGN KEY ("guardian_client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_entries" ADD CONSTRAINT "record_entries_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_entries" ADD CONSTRAINT "record_entries_unit_id_service_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."service_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_memberships" ADD CONSTRAINT "unit_memberships_unit_id_service_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."service_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_events" ADD CONSTRAINT "consent_events_consent_id_consents_id_fk" FOREIGN KEY ("consent_id") REFERENCES "public"."consents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "care_relations_client_idx" ON "care_relations" USING btree ("client_id","professional_id");--> statement-breakpoint
CREATE INDEX "care_relations_professional_idx" ON "care_relations" USING btree ("professional_id");--> statement-breakpoint
CREATE UNIQUE INDEX "clients_identity_code_key" ON "clients" USING btree ("identity_code");--> statement-breakpoint
CREATE UNIQUE INDEX "clients_local_id_key" ON "clients" USING btree ("local_id");--> statement-breakpoint
CREATE UNIQUE INDEX "clients_user_key" ON "clients" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "clients_name_birth_idx" ON "clients" USING btree (lower("last_name"),"birth_date");--> statement-breakpoint
CREATE INDEX "emergency_accesses_client_idx" ON "emergency_accesses" USING btree ("client_id","professional_id");--> statement-breakpoint
CREATE INDEX "emergency_accesses_unit_idx" ON "emergency_accesses" USING btree ("unit_id","reviewed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "guardianships_pair_key" ON "guardianships" USING btree ("minor_client_id","guardian_client_id");--> statement-breakpoint
CREATE INDEX "guardianships_guardian_idx" ON "guardianships" USING btree ("guardian_client_id");--> statement-breakpoint
CREATE INDEX "record_entries_client_idx" ON "record_entries" USING btree ("client_id","register","occurred_at");--> statement-breakpoint
CREATE INDEX "consent_events_consent_idx" ON "consent_events" USING btree ("consent_id","version");--> statement-breakpoint
CREATE INDEX "consents_client_idx" ON "consents" USING btree ("client_id");