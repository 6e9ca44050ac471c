CREATE TYPE "public"."checklist_status" AS ENUM('not_started', 'in_progress', 'done', 'not_applicable');--> statement-breakpoint
CREATE TYPE "public"."supervision_type" AS ENUM('clinical_gp', 'peer', 'senior_link_worker', 'safeguarding');--> statement-breakpoint
CREATE TYPE "public"."afc_band" AS ENUM('4', '5', '6');--> statement-breakpoint
CREATE TYPE "public"."contract_type" AS ENUM('permanent', 'fixed_term', 'secondment', 'bank');--> statement-breakpoint
CREATE TYPE "public"."employment_model" AS ENUM('pcn_lead_practice', 'vcse_subcontract');--> statement-breakpoint
CREATE TYPE "public"."funding_source" AS ENUM('arrs', 'other');--> statement-breakpoint
CREATE TYPE "public"."post_role" AS ENUM('link_worker', 'senior_link_worker', 'health_wellbeing_coach', 'care_coordinator');--> statement-breakpoint
CREATE TABLE "implementation_checklist_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pcn_id" uuid NOT NULL,
	"default_key" text,
	"title" text NOT NULL,
	"owner_user_id" uuid,
	"owner_name" text,
	"due_date" date,
	"status" "checklist_status" DEFAULT 'not_started' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"sort_order" integer DEFAULT 100 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "implementation_checklist_pcn_default_key" UNIQUE("pcn_id","default_key")
);
--> statement-breakpoint
CREATE TABLE "pulse_participation" (
	"round_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "pulse_participation_round_id_user_id_pk" PRIMARY KEY("round_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "pulse_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"group_organisation_id" uuid NOT NULL,
	"answers" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pulse_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "competency_frameworks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"competencies" jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "competency_self_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"framework_id" uuid NOT NULL,
	"ratings" jsonb NOT NULL,
	"assessed_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supervision_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pcn_id" uuid NOT NULL,
	"type" "supervision_type" NOT NULL,
	"held_on" date NOT NULL,
	"supervisor_user_id" uuid NOT NULL,
	"supervisee_user_id" uuid NOT NULL,
	"other_attendees" text[] DEFAULT '{}' NOT NULL,
	"private_notes" text DEFAULT '' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_completions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"course_id" uuid NOT NULL,
	"completed_on" date NOT NULL,
	"evidence" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_courses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"provider" text,
	"url" text,
	"required" boolean DEFAULT false NOT NULL,
	"renew_every_months" integer,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "training_courses_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "afc_pay_points" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"financial_year" text NOT NULL,
	"band" "afc_band" NOT NULL,
	"point" integer NOT NULL,
	"annual_salary" numeric(12, 2) NOT NULL,
	"source" text NOT NULL,
	"verified" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "afc_pay_points_year_band_point_key" UNIQUE("financial_year","band","point")
);
--> statement-breakpoint
CREATE TABLE "arrs_caps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"financial_year" text NOT NULL,
	"role" "post_role" NOT NULL,
	"maximum_amount" numeric(12, 2) NOT NULL,
	"source" text NOT NULL,
	"verified" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "arrs_caps_year_role_key" UNIQUE("financial_year","role")
);
--> statement-breakpoint
CREATE TABLE "employer_on_cost_rates" (
	"financial_year" text PRIMARY KEY NOT NULL,
	"ni_rate" numeric(7, 5) NOT NULL,
	"ni_annual_threshold" numeric(12, 2) NOT NULL,
	"pension_rate" numeric(7, 5) NOT NULL,
	"source" text NOT NULL,
	"verified" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workforce_posts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pcn_id" uuid NOT NULL,
	"title" text NOT NULL,
	"role" "post_role" NOT NULL,
	"employment_model" "employment_model" NOT NULL,
	"employer_id" uuid NOT NULL,
	"holder_user_id" uuid,
	"holder_name" text,
	"band" "afc_band",
	"starting_pay_point" integer,
	"spot_salary" numeric(12, 2),
	"wte" numeric(4, 2) NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"contract_type" "contract_type" NOT NULL,
	"funding_source" "funding_source" NOT NULL,
	"management_cost_per_wte" numeric(12, 2),
	"line_manager_user_id" uuid,
	"clinical_supervisor_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "implementation_checklist_items" ADD CONSTRAINT "implementation_checklist_items_pcn_id_organisations_id_fk" FOREIGN KEY ("pcn_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "implementation_checklist_items" ADD CONSTRAINT "implementation_checklist_items_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulse_participation" ADD CONSTRAINT "pulse_participation_round_id_pulse_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."pulse_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulse_participation" ADD CONSTRAINT "pulse_participation_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulse_responses" ADD CONSTRAINT "pulse_responses_round_id_pulse_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."pulse_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulse_responses" ADD CONSTRAINT "pulse_responses_group_organisation_id_organisations_id_fk" FOREIGN KEY ("group_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulse_rounds" ADD CONSTRAINT "pulse_rounds_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulse_rounds" ADD CONSTRAINT "pulse_rounds_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competency_self_assessments" ADD CONSTRAINT "competency_self_assessments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competency_self_assessments" ADD CONSTRAINT "competency_self_assessments_framework_id_competency_frameworks_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."competency_frameworks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_sessions" ADD CONSTRAINT "supervision_sessions_pcn_id_organisations_id_fk" FOREIGN KEY ("pcn_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_sessions" ADD CONSTRAINT "supervision_sessions_supervisor_user_id_users_id_fk" FOREIGN KEY ("supervisor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_sessions" ADD CONSTRAINT "supervision_sessions_supervisee_user_id_users_id_fk" FOREIGN KEY ("supervisee_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_sessions" ADD CONSTRAINT "supervision_sessions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_completions" ADD CONSTRAINT "training_completions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_completions" ADD CONSTRAINT "training_completions_course_id_training_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."training_courses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workforce_posts" ADD CONSTRAINT "workforce_posts_pcn_id_organisations_id_fk" FOREIGN KEY ("pcn_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workforce_posts" ADD CONSTRAINT "workforce_posts_employer_id_organisations_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workforce_posts" ADD CONSTRAINT "workforce_posts_holder_user_id_users_id_fk" FOREIGN KEY ("holder_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workforce_posts" ADD CONSTRAINT "workforce_posts_line_manager_user_id_users_id_fk" FOREIGN KEY ("line_manager_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workforce_posts" ADD CONSTRAINT "workforce_posts_clinical_supervisor_user_id_users_id_fk" FOREIGN KEY ("clinical_supervisor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "implementation_checklist_pcn_idx" ON "implementation_checklist_items" USING btree ("pcn_id");--> statement-breakpoint
CREATE INDEX "pulse_responses_round_idx" ON "pulse_responses" USING btree ("round_id","group_organisation_id");--> statement-breakpoint
CREATE INDEX "pulse_rounds_org_idx" ON "pulse_rounds" USING btree ("organisation_id","opens_on");--> statement-breakpoint
CREATE INDEX "competency_self_assessments_user_idx" ON "competency_self_assessments" USING btree ("user_id","assessed_on");--> statement-breakpoint
CREATE INDEX "supervision_sessions_supervisee_idx" ON "supervision_sessions" USING btree ("supervisee_user_id","held_on");--> statement-breakpoint
CREATE INDEX "supervision_sessions_pcn_idx" ON "supervision_sessions" USING btree ("pcn_id","held_on");--> statement-breakpoint
CREATE INDEX "training_completions_user_idx" ON "training_completions" USING btree ("user_id","completed_on");--> statement-breakpoint
CREATE INDEX "workforce_posts_pcn_idx" ON "workforce_posts" USING btree ("pcn_id");--> statement-breakpoint
CREATE INDEX "workforce_posts_holder_idx" ON "workforce_posts" USING btree ("holder_user_id");