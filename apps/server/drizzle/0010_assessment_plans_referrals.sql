CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"register" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"questionnaire_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"answers" jsonb NOT NULL,
	"self_management" integer NOT NULL,
	"client_view" text DEFAULT '' NOT NULL,
	"client_goals" text DEFAULT '' NOT NULL,
	"author_id" uuid NOT NULL,
	"author_name" text NOT NULL,
	"authored_at" timestamp with time zone DEFAULT now() NOT NULL,
	"based_on_id" uuid,
	"reviewed_by_id" uuid,
	"reviewed_by_name" text,
	"reviewed_at" timestamp with time zone,
	"segment" text,
	"segment_reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"service_use" jsonb,
	CONSTRAINT "assessments_register_check" CHECK ("assessments"."register" in ('social', 'health')),
	CONSTRAINT "assessments_kind_check" CHECK ("assessments"."kind" in ('professional', 'pre_assessment')),
	CONSTRAINT "assessments_status_check" CHECK ("assessments"."status" in ('submitted', 'reviewed', 'completed')),
	CONSTRAINT "assessments_self_management_check" CHECK ("assessments"."self_management" between 0 and 4),
	CONSTRAINT "assessments_segment_check" CHECK ("assessments"."segment" is null or "assessments"."segment" in ('self_care', 'assisted', 'network', 'multi_professional'))
);
--> statement-breakpoint
CREATE TABLE "identification_settings" (
	"key" text PRIMARY KEY NOT NULL,
	"thresholds" jsonb NOT NULL,
	"worklist" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by_id" uuid,
	"updated_by_name" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "questionnaires" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"version" integer NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"title" jsonb NOT NULL,
	"items" jsonb NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "questionnaires_status_check" CHECK ("questionnaires"."status" in ('active', 'retired'))
);
--> statement-breakpoint
CREATE TABLE "worklist_claims" (
	"client_id" uuid PRIMARY KEY NOT NULL,
	"coordinator_id" uuid NOT NULL,
	"coordinator_name" text NOT NULL,
	"taken_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "goal_attainments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"review_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"goal_id" text NOT NULL,
	"score" integer NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	CONSTRAINT "goal_attainments_score_check" CHECK ("goal_attainments"."score" between -2 and 2)
);
--> statement-breakpoint
CREATE TABLE "plan_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"author_name" text NOT NULL,
	"author_role" text NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"reviewed_by_id" uuid NOT NULL,
	"reviewed_by_name" text NOT NULL,
	"reviewed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"next_review_on" date
);
--> statement-breakpoint
CREATE TABLE "plan_versions" (
	"plan_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"change_note" text DEFAULT '' NOT NULL,
	"saved_by_id" uuid NOT NULL,
	"saved_by_name" text NOT NULL,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL,
	"agreement_kind" text,
	"agreed_at" timestamp with time zone,
	"agreed_by_name" text,
	"agreement_note" text,
	CONSTRAINT "plan_versions_plan_id_version_pk" PRIMARY KEY("plan_id","version"),
	CONSTRAINT "plan_versions_agreement_check" CHECK ("plan_versions"."agreement_kind" is null or "plan_versions"."agreement_kind" in ('portal', 'spoken'))
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"register" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"current_version" integer DEFAULT 1 NOT NULL,
	"responsible_worker_id" uuid NOT NULL,
	"responsible_worker_name" text NOT NULL,
	"next_review_on" date,
	"created_by_id" uuid NOT NULL,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "plans_register_check" CHECK ("plans"."register" in ('social', 'health')),
	CONSTRAINT "plans_status_check" CHECK ("plans"."status" in ('active', 'closed'))
);
--> statement-breakpoint
CREATE TABLE "referral_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"referral_id" uuid NOT NULL,
	"status" text NOT NULL,
	"note" text,
	"by_id" uuid NOT NULL,
	"by_name" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"plan_id" uuid,
	"service_id" uuid NOT NULL,
	"service_name" text NOT NULL,
	"organization_id" uuid NOT NULL,
	"organization_name" text NOT NULL,
	"handover_note" text NOT NULL,
	"status" text DEFAULT 'sent' NOT NULL,
	"response_note" text,
	"referrer_id" uuid NOT NULL,
	"referrer_name" text NOT NULL,
	"referrer_unit_id" uuid NOT NULL,
	"register" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp with time zone,
	"answered_by_id" uuid,
	"answered_by_name" text,
	"completed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "referrals_handover_note_check" CHECK (length(btrim("referrals"."handover_note")) > 0),
	CONSTRAINT "referrals_status_check" CHECK ("referrals"."status" in ('sent', 'accepted', 'declined', 'completed', 'cancelled')),
	CONSTRAINT "referrals_decline_reason_check" CHECK ("referrals"."status" <> 'declined' or length(btrim(coalesce("referrals"."response_note", ''))) > 0),
	CONSTRAINT "referrals_register_check" CHECK ("referrals"."register" in ('social', 'health'))
);
--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_questionnaire_id_questionnaires_id_fk" FOREIGN KEY ("questionnaire_id") REFERENCES "public"."questionnaires"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_attainments" ADD CONSTRAINT "goal_attainments_review_id_plan_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."plan_reviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_comments" ADD CONSTRAINT "plan_comments_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_reviews" ADD CONSTRAINT "plan_reviews_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD CONSTRAINT "plan_versions_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_events" ADD CONSTRAINT "referral_events_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessments_client_idx" ON "assessments" USING btree ("client_id","authored_at");--> statement-breakpoint
CREATE INDEX "assessments_unit_status_idx" ON "assessments" USING btree ("unit_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "questionnaires_code_version_key" ON "questionnaires" USING btree ("code","version");--> statement-breakpoint
CREATE UNIQUE INDEX "goal_attainments_review_goal_key" ON "goal_attainments" USING btree ("review_id","goal_id");--> statement-breakpoint
CREATE INDEX "goal_attainments_plan_idx" ON "goal_attainments" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "plan_comments_plan_idx" ON "plan_comments" USING btree ("plan_id","created_at");--> statement-breakpoint
CREATE INDEX "plan_reviews_plan_idx" ON "plan_reviews" USING btree ("plan_id","reviewed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_one_open_per_client_key" ON "plans" USING btree ("client_id") WHERE "plans"."status" <> 'closed';--> statement-breakpoint
CREATE INDEX "plans_responsible_idx" ON "plans" USING btree ("responsible_worker_id","next_review_on");--> statement-breakpoint
CREATE INDEX "referral_events_referral_idx" ON "referral_events" USING btree ("referral_id","at");--> statement-breakpoint
CREATE INDEX "referrals_client_idx" ON "referrals" USING btree ("client_id","sent_at");--> statement-breakpoint
CREATE INDEX "referrals_organization_idx" ON "referrals" USING btree ("organization_id","status");--> statement-breakpoint
CREATE INDEX "referrals_referrer_idx" ON "referrals" USING btree ("referrer_id","status");