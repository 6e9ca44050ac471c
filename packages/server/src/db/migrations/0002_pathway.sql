CREATE TYPE "public"."instrument" AS ENUM('ons4', 'swemwbs', 'ucla3');--> statement-breakpoint
CREATE TYPE "public"."timepoint" AS ENUM('baseline', 'review', 'discharge');--> statement-breakpoint
CREATE TYPE "public"."contact_method" AS ENUM('phone', 'text', 'email', 'letter', 'in_person');--> statement-breakpoint
CREATE TYPE "public"."ethnic_category" AS ENUM('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'R', 'S', 'Z');--> statement-breakpoint
CREATE TYPE "public"."sex" AS ENUM('male', 'female', 'indeterminate', 'not_known');--> statement-breakpoint
CREATE TYPE "public"."complexity" AS ENUM('low', 'medium', 'high');--> statement-breakpoint
CREATE TYPE "public"."contact_mode" AS ENUM('phone', 'face_to_face', 'home_visit', 'video', 'text', 'group');--> statement-breakpoint
CREATE TYPE "public"."referral_source" AS ENUM('gp_practice', 'agency', 'self', 'bulk_import', 'api');--> statement-breakpoint
CREATE TYPE "public"."referral_status" AS ENUM('received', 'triaged', 'allocated', 'contacted', 'active', 'discharged', 'declined', 'not_reached', 'withdrawn', 'closed_in_error');--> statement-breakpoint
CREATE TYPE "public"."urgency" AS ENUM('routine', 'soon', 'urgent');--> statement-breakpoint
CREATE TABLE "care_plan_versions" (
	"referral_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"saved_by" uuid,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "care_plan_versions_referral_id_version_pk" PRIMARY KEY("referral_id","version")
);
--> statement-breakpoint
CREATE TABLE "care_plans" (
	"referral_id" uuid PRIMARY KEY NOT NULL,
	"version" integer NOT NULL,
	"what_matters" text NOT NULL,
	"goals" jsonb NOT NULL,
	"actions" jsonb NOT NULL,
	"review_date" date,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outcome_measures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"referral_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"instrument" "instrument" NOT NULL,
	"timepoint" timepoint NOT NULL,
	"items" integer[] NOT NULL,
	"raw_total" integer,
	"metric_score" numeric(5, 2),
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"nhs_number" text,
	"given_name" text NOT NULL,
	"family_name" text NOT NULL,
	"date_of_birth" date,
	"sex" "sex",
	"gender_identity" text,
	"ethnic_category" "ethnic_category",
	"address_line_1" text,
	"address_line_2" text,
	"town" text,
	"postcode" text,
	"phone" text,
	"email" text,
	"preferred_contact_method" "contact_method",
	"interpreter_needed" boolean DEFAULT false NOT NULL,
	"language" text,
	"accessible_formats" text[] DEFAULT '{}' NOT NULL,
	"registered_practice_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "people_org_nhs_number_key" UNIQUE("organisation_id","nhs_number")
);
--> statement-breakpoint
CREATE TABLE "contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"referral_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"worker_user_id" uuid,
	"occurred_at" timestamp with time zone NOT NULL,
	"mode" "contact_mode" NOT NULL,
	"successful" boolean NOT NULL,
	"duration_minutes" integer,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"scope" text NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"status_code" integer NOT NULL,
	"response_body" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_scope_key_pk" PRIMARY KEY("scope","key")
);
--> statement-breakpoint
CREATE TABLE "referral_reasons" (
	"code" text PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"snomed_code" text,
	"active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 100 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referral_transitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"referral_id" uuid NOT NULL,
	"from_status" "referral_status",
	"to_status" "referral_status" NOT NULL,
	"actor_user_id" uuid,
	"reason" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"source" "referral_source" NOT NULL,
	"status" "referral_status" DEFAULT 'received' NOT NULL,
	"reasons" text[] NOT NULL,
	"notes" text,
	"urgency" "urgency" DEFAULT 'routine' NOT NULL,
	"complexity" "complexity",
	"risk_flags" text[] DEFAULT '{}' NOT NULL,
	"unverified" boolean DEFAULT false NOT NULL,
	"referrer_user_id" uuid,
	"referrer_name" text,
	"referrer_organisation" text,
	"assigned_worker_id" uuid,
	"failed_contact_attempts" integer DEFAULT 0 NOT NULL,
	"last_contact_at" timestamp with time zone,
	"consent_to_referral" boolean NOT NULL,
	"consent_to_data_sharing" boolean NOT NULL,
	"consent_recorded_by" uuid,
	"consent_recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"discharge_outcome" text,
	"discharge_reason" text,
	"discharge_summary" text,
	"discharged_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "care_plan_versions" ADD CONSTRAINT "care_plan_versions_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_plan_versions" ADD CONSTRAINT "care_plan_versions_saved_by_users_id_fk" FOREIGN KEY ("saved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_plans" ADD CONSTRAINT "care_plans_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_plans" ADD CONSTRAINT "care_plans_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_measures" ADD CONSTRAINT "outcome_measures_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_measures" ADD CONSTRAINT "outcome_measures_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_measures" ADD CONSTRAINT "outcome_measures_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_registered_practice_id_organisations_id_fk" FOREIGN KEY ("registered_practice_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_worker_user_id_users_id_fk" FOREIGN KEY ("worker_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_transitions" ADD CONSTRAINT "referral_transitions_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_transitions" ADD CONSTRAINT "referral_transitions_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_referrer_user_id_users_id_fk" FOREIGN KEY ("referrer_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_assigned_worker_id_users_id_fk" FOREIGN KEY ("assigned_worker_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_consent_recorded_by_users_id_fk" FOREIGN KEY ("consent_recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outcome_measures_referral_idx" ON "outcome_measures" USING btree ("referral_id","instrument","recorded_at");--> statement-breakpoint
CREATE INDEX "people_match_idx" ON "people" USING btree ("organisation_id","family_name","date_of_birth");--> statement-breakpoint
CREATE INDEX "contacts_person_idx" ON "contacts" USING btree ("person_id","occurred_at");--> statement-breakpoint
CREATE INDEX "contacts_referral_idx" ON "contacts" USING btree ("referral_id","occurred_at");--> statement-breakpoint
CREATE INDEX "referral_transitions_referral_idx" ON "referral_transitions" USING btree ("referral_id","at");--> statement-breakpoint
CREATE INDEX "referrals_queue_idx" ON "referrals" USING btree ("organisation_id","status");--> statement-breakpoint
CREATE INDEX "referrals_worker_idx" ON "referrals" USING btree ("assigned_worker_id","status");--> statement-breakpoint
CREATE INDEX "referrals_referrer_idx" ON "referrals" USING btree ("referrer_user_id");--> statement-breakpoint
CREATE INDEX "referrals_person_idx" ON "referrals" USING btree ("person_id");