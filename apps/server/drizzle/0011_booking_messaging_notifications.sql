CREATE TABLE "appointment_types" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" jsonb NOT NULL,
	"duration_minutes" integer NOT NULL,
	"buffer_minutes" integer DEFAULT 0 NOT NULL,
	"channels" text[] NOT NULL,
	"service_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"self_booking" text DEFAULT 'anyone' NOT NULL,
	"cancellation_hours" integer DEFAULT 24 NOT NULL,
	"unit_id" uuid NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "appointment_types_code_unique" UNIQUE("code"),
	CONSTRAINT "appointment_types_duration_check" CHECK ("appointment_types"."duration_minutes" > 0 and "appointment_types"."buffer_minutes" >= 0 and "appointment_types"."cancellation_hours" >= 0),
	CONSTRAINT "appointment_types_channels_check" CHECK ("appointment_types"."channels" <@ array['in_person', 'phone', 'video']::text[] and cardinality("appointment_types"."channels") > 0),
	CONSTRAINT "appointment_types_self_booking_check" CHECK ("appointment_types"."self_booking" in ('area_residents', 'anyone', 'staff_only'))
);
--> statement-breakpoint
CREATE TABLE "appointments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"appointment_type_id" uuid NOT NULL,
	"professional_id" uuid NOT NULL,
	"professional_name" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"location_id" uuid,
	"channel" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"client_id" uuid NOT NULL,
	"status" text NOT NULL,
	"held_until" timestamp with time zone,
	"booked_by_id" uuid NOT NULL,
	"booked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone,
	"cancel_reason" text,
	"rescheduled_from_id" uuid,
	"video_url" text,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "appointments_status_check" CHECK ("appointments"."status" in ('held', 'booked', 'cancelled', 'expired', 'arrived', 'no_show', 'done')),
	CONSTRAINT "appointments_time_check" CHECK ("appointments"."ends_at" > "appointments"."starts_at"),
	CONSTRAINT "appointments_channel_check" CHECK ("appointments"."channel" in ('in_person', 'phone', 'video')),
	CONSTRAINT "appointments_hold_check" CHECK ("appointments"."status" <> 'held' or "appointments"."held_until" is not null)
);
--> statement-breakpoint
CREATE TABLE "availabilities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"professional_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"location_id" uuid,
	"appointment_type_ids" uuid[] NOT NULL,
	"weekday" integer NOT NULL,
	"starts" text NOT NULL,
	"ends" text NOT NULL,
	"channel" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	CONSTRAINT "availabilities_weekday_check" CHECK ("availabilities"."weekday" between 1 and 7),
	CONSTRAINT "availabilities_time_check" CHECK ("availabilities"."starts" ~ '^[0-2][0-9]:[0-5][0-9]$' and "availabilities"."ends" ~ '^[0-2][0-9]:[0-5][0-9]$' and "availabilities"."starts" < "availabilities"."ends"),
	CONSTRAINT "availabilities_channel_check" CHECK ("availabilities"."channel" in ('in_person', 'phone', 'video')),
	CONSTRAINT "availabilities_location_check" CHECK ("availabilities"."channel" <> 'in_person' or "availabilities"."location_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "callback_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"service_id" uuid,
	"topic" text NOT NULL,
	"phone" text NOT NULL,
	"preferred_from" timestamp with time zone,
	"preferred_to" timestamp with time zone,
	"preferred_note" text,
	"routed_to_user_id" uuid,
	"routed_to_name" text,
	"queue_organization_id" uuid,
	"queue_service_id" uuid,
	"status" text DEFAULT 'waiting' NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"handled_by_id" uuid,
	"handled_by_name" text,
	"handled_at" timestamp with time zone,
	"handled_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "callback_requests_status_check" CHECK ("callback_requests"."status" in ('waiting', 'handled')),
	CONSTRAINT "callback_requests_route_check" CHECK ("callback_requests"."routed_to_user_id" is not null or "callback_requests"."queue_organization_id" is not null),
	CONSTRAINT "callback_requests_topic_check" CHECK (length(btrim("callback_requests"."topic")) > 0)
);
--> statement-breakpoint
CREATE TABLE "t3_measurements" (
	"appointment_type_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"measured_on" date NOT NULL,
	"days" integer,
	"third_starts_at" timestamp with time zone,
	"measured_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "t3_measurements_appointment_type_id_location_id_measured_on_pk" PRIMARY KEY("appointment_type_id","location_id","measured_on")
);
--> statement-breakpoint
CREATE TABLE "walk_in_counters" (
	"location_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"queue_date" date NOT NULL,
	"last_number" integer NOT NULL,
	CONSTRAINT "walk_in_counters_location_id_service_id_queue_date_pk" PRIMARY KEY("location_id","service_id","queue_date")
);
--> statement-breakpoint
CREATE TABLE "walk_in_tickets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"location_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"queue_date" date NOT NULL,
	"number" integer NOT NULL,
	"client_id" uuid,
	"channel" text NOT NULL,
	"status" text DEFAULT 'waiting' NOT NULL,
	"taken_at" timestamp with time zone DEFAULT now() NOT NULL,
	"called_at" timestamp with time zone,
	"called_by_id" uuid,
	"called_by_name" text,
	"called_to" text,
	"finished_at" timestamp with time zone,
	CONSTRAINT "walk_in_tickets_channel_check" CHECK ("walk_in_tickets"."channel" in ('online', 'kiosk')),
	CONSTRAINT "walk_in_tickets_status_check" CHECK ("walk_in_tickets"."status" in ('waiting', 'called', 'served', 'left'))
);
--> statement-breakpoint
CREATE TABLE "message_threads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"kind" text NOT NULL,
	"register" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"service_id" uuid,
	"assigned_user_id" uuid,
	"assigned_name" text,
	"status" text DEFAULT 'open' NOT NULL,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_message_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "message_threads_kind_check" CHECK ("message_threads"."kind" in ('care_team', 'service_inbox')),
	CONSTRAINT "message_threads_register_check" CHECK ("message_threads"."register" in ('social', 'health')),
	CONSTRAINT "message_threads_status_check" CHECK ("message_threads"."status" in ('open', 'closed'))
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"thread_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"author_name" text NOT NULL,
	"author_role" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "messages_seq_unique" UNIQUE("seq"),
	CONSTRAINT "messages_body_check" CHECK (length(btrim("messages"."body")) > 0)
);
--> statement-breakpoint
CREATE TABLE "thread_handovers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"thread_id" uuid NOT NULL,
	"from_user_id" uuid NOT NULL,
	"from_name" text NOT NULL,
	"to_user_id" uuid NOT NULL,
	"to_name" text NOT NULL,
	"note" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "thread_reads" (
	"thread_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"last_read_seq" bigint DEFAULT 0 NOT NULL,
	"read_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "thread_reads_thread_id_user_id_pk" PRIMARY KEY("thread_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "notification_preferences" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"channel" text DEFAULT 'email' NOT NULL,
	"language" text DEFAULT 'fi' NOT NULL,
	"email" text,
	"phone" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_preferences_channel_check" CHECK ("notification_preferences"."channel" in ('email', 'sms', 'none')),
	CONSTRAINT "notification_preferences_language_check" CHECK ("notification_preferences"."language" in ('fi', 'sv', 'en'))
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid,
	"client_id" uuid,
	"channel" text NOT NULL,
	"to_address" text NOT NULL,
	"language" text NOT NULL,
	"template" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"send_after" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"error" text,
	"dedupe_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notifications_channel_check" CHECK ("notifications"."channel" in ('email', 'sms')),
	CONSTRAINT "notifications_status_check" CHECK ("notifications"."status" in ('pending', 'sent', 'failed', 'cancelled'))
);
--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_appointment_type_id_appointment_types_id_fk" FOREIGN KEY ("appointment_type_id") REFERENCES "public"."appointment_types"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_thread_id_message_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."message_threads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "thread_handovers" ADD CONSTRAINT "thread_handovers_thread_id_message_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."message_threads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "thread_reads" ADD CONSTRAINT "thread_reads_thread_id_message_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."message_threads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "appointments_client_idx" ON "appointments" USING btree ("client_id","starts_at");--> statement-breakpoint
CREATE INDEX "appointments_professional_idx" ON "appointments" USING btree ("professional_id","starts_at");--> statement-breakpoint
CREATE INDEX "appointments_type_start_idx" ON "appointments" USING btree ("appointment_type_id","starts_at");--> statement-breakpoint
CREATE INDEX "availabilities_professional_idx" ON "availabilities" USING btree ("professional_id");--> statement-breakpoint
CREATE INDEX "availabilities_location_idx" ON "availabilities" USING btree ("location_id");--> statement-breakpoint
CREATE INDEX "callback_requests_user_idx" ON "callback_requests" USING btree ("routed_to_user_id","status");--> statement-breakpoint
CREATE INDEX "callback_requests_queue_idx" ON "callback_requests" USING btree ("queue_organization_id","status");--> statement-breakpoint
CREATE INDEX "callback_requests_client_idx" ON "callback_requests" USING btree ("client_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "walk_in_tickets_number_key" ON "walk_in_tickets" USING btree ("location_id","service_id","queue_date","number");--> statement-breakpoint
CREATE INDEX "walk_in_tickets_waiting_idx" ON "walk_in_tickets" USING btree ("location_id","service_id","queue_date","status");--> statement-breakpoint
CREATE INDEX "message_threads_client_idx" ON "message_threads" USING btree ("client_id","last_message_at");--> statement-breakpoint
CREATE INDEX "message_threads_assigned_idx" ON "message_threads" USING btree ("assigned_user_id","last_message_at");--> statement-breakpoint
CREATE INDEX "message_threads_unit_idx" ON "message_threads" USING btree ("unit_id","last_message_at");--> statement-breakpoint
CREATE INDEX "messages_thread_idx" ON "messages" USING btree ("thread_id","seq");--> statement-breakpoint
CREATE INDEX "thread_handovers_thread_idx" ON "thread_handovers" USING btree ("thread_id","at");--> statement-breakpoint
CREATE INDEX "notifications_pending_idx" ON "notifications" USING btree ("status","send_after");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_dedupe_key" ON "notifications" USING btree ("dedupe_key");