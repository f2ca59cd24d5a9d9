CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE TABLE "centre_choices" (
	"user_id" uuid NOT NULL,
	"chosen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"centre_location_id" uuid NOT NULL,
	CONSTRAINT "centre_choices_user_id_chosen_at_pk" PRIMARY KEY("user_id","chosen_at")
);
--> statement-breakpoint
CREATE TABLE "postal_code_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"postal_code" text NOT NULL,
	"area_id" uuid NOT NULL,
	"centre_location_id" uuid NOT NULL,
	"place_name" text NOT NULL,
	"part" jsonb
);
--> statement-breakpoint
CREATE TABLE "catalog_terms" (
	"term" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "opening_hour_exceptions" (
	"location_id" uuid NOT NULL,
	"date" date NOT NULL,
	"opens" time,
	"closes" time,
	"note" text,
	CONSTRAINT "opening_hour_exceptions_location_id_date_pk" PRIMARY KEY("location_id","date")
);
--> statement-breakpoint
CREATE TABLE "opening_hours" (
	"location_id" uuid NOT NULL,
	"weekday" smallint NOT NULL,
	"opens" time NOT NULL,
	"closes" time NOT NULL,
	CONSTRAINT "opening_hours_location_id_weekday_opens_pk" PRIMARY KEY("location_id","weekday","opens")
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name_fi" text NOT NULL,
	"name_sv" text,
	"name_en" text,
	"type" text NOT NULL,
	"business_id" text NOT NULL,
	"email" text,
	"phone" text,
	"website" text,
	"voucher_approved_from" date,
	"voucher_approved_to" date,
	"purchase_approved_from" date,
	"purchase_approved_to" date,
	CONSTRAINT "organizations_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "service_at_locations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"channels" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"changed_by" uuid,
	"changed_by_name" text,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"action" text NOT NULL,
	"changes" jsonb NOT NULL,
	"comment" text
);
--> statement-breakpoint
CREATE TABLE "service_price_lines" (
	"service_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"label_fi" text NOT NULL,
	"label_sv" text,
	"label_en" text,
	"amount_cents" integer NOT NULL,
	CONSTRAINT "service_price_lines_service_id_position_pk" PRIMARY KEY("service_id","position")
);
--> statement-breakpoint
CREATE TABLE "service_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"base_version" integer NOT NULL,
	"proposed" jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"submitted_by" uuid NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"comment" text
);
--> statement-breakpoint
CREATE TABLE "service_search" (
	"service_at_location_id" uuid PRIMARY KEY NOT NULL,
	"service_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"area_id" uuid,
	"life_course_group" text NOT NULL,
	"service_class" text NOT NULL,
	"producer_type" text NOT NULL,
	"channels" text[] NOT NULL,
	"languages" text[] NOT NULL,
	"accessibility" text[] NOT NULL,
	"free" boolean NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"open_minutes" jsonb NOT NULL,
	"walk_in_minutes" jsonb NOT NULL,
	"document" "tsvector" NOT NULL,
	"words" text NOT NULL,
	"name_fi" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"organization_id" uuid NOT NULL,
	"service_class" text NOT NULL,
	"life_course_group" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"name_fi" text NOT NULL,
	"name_sv" text,
	"name_en" text,
	"summary_fi" text NOT NULL,
	"summary_sv" text,
	"summary_en" text,
	"description_fi" text NOT NULL,
	"description_sv" text,
	"description_en" text,
	"keywords" text[] DEFAULT '{}'::text[] NOT NULL,
	"target_groups" text[] DEFAULT '{}'::text[] NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"granting_criteria" jsonb NOT NULL,
	"quality_criteria" jsonb NOT NULL,
	"fee_type" text NOT NULL,
	"fee_amount_cents" integer,
	"fee_unit" text,
	"fee_rule" jsonb NOT NULL,
	"purchase_price_cents" integer,
	"purchase_price_unit" text,
	"estimated_eligible" integer,
	"special_contacts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "services_code_unique" UNIQUE("code")
);
--> statement-breakpoint
ALTER TABLE "locations" ADD COLUMN "organization_id" uuid;--> statement-breakpoint
ALTER TABLE "locations" ADD COLUMN "accessibility" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "locations" ADD COLUMN "timetable" jsonb;--> statement-breakpoint
ALTER TABLE "welfare_areas" ADD COLUMN "boundary" jsonb;--> statement-breakpoint
ALTER TABLE "postal_code_assignments" ADD CONSTRAINT "postal_code_assignments_area_id_welfare_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."welfare_areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opening_hour_exceptions" ADD CONSTRAINT "opening_hour_exceptions_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opening_hours" ADD CONSTRAINT "opening_hours_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_at_locations" ADD CONSTRAINT "service_at_locations_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_at_locations" ADD CONSTRAINT "service_at_locations_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_history" ADD CONSTRAINT "service_history_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_price_lines" ADD CONSTRAINT "service_price_lines_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_reviews" ADD CONSTRAINT "service_reviews_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_search" ADD CONSTRAINT "service_search_service_at_location_id_service_at_locations_id_fk" FOREIGN KEY ("service_at_location_id") REFERENCES "public"."service_at_locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "postal_code_assignments_code_idx" ON "postal_code_assignments" USING btree ("postal_code");--> statement-breakpoint
CREATE INDEX "catalog_terms_trgm_idx" ON "catalog_terms" USING gin ("term" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "organizations_business_id_key" ON "organizations" USING btree ("business_id");--> statement-breakpoint
CREATE INDEX "organizations_type_idx" ON "organizations" USING btree ("type");--> statement-breakpoint
CREATE UNIQUE INDEX "service_at_locations_key" ON "service_at_locations" USING btree ("service_id","location_id");--> statement-breakpoint
CREATE INDEX "service_at_locations_location_idx" ON "service_at_locations" USING btree ("location_id");--> statement-breakpoint
CREATE INDEX "service_history_service_idx" ON "service_history" USING btree ("service_id","version");--> statement-breakpoint
CREATE INDEX "service_reviews_status_idx" ON "service_reviews" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "service_reviews_one_pending" ON "service_reviews" USING btree ("service_id") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "service_search_document_idx" ON "service_search" USING gin ("document");--> statement-breakpoint
CREATE INDEX "service_search_words_idx" ON "service_search" USING gin ("words" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "service_search_class_idx" ON "service_search" USING btree ("service_class");--> statement-breakpoint
CREATE INDEX "service_search_service_idx" ON "service_search" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "service_search_location_idx" ON "service_search" USING btree ("location_id");--> statement-breakpoint
CREATE INDEX "services_organization_idx" ON "services" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "services_status_idx" ON "services" USING btree ("status");--> statement-breakpoint
ALTER TABLE "locations" ADD CONSTRAINT "locations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "locations_organization_idx" ON "locations" USING btree ("organization_id");