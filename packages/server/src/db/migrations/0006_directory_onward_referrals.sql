-- pg_trgm gives typo-tolerant directory search; it ships with PostgreSQL's contrib and with PGlite.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TYPE "public"."capacity_status" AS ENUM('open', 'limited', 'waiting_list', 'closed');--> statement-breakpoint
CREATE TYPE "public"."funding_status" AS ENUM('funded', 'time_limited', 'at_risk', 'unfunded', 'unknown');--> statement-breakpoint
CREATE TYPE "public"."location_type" AS ENUM('physical', 'postal', 'virtual');--> statement-breakpoint
CREATE TYPE "public"."oruk_service_status" AS ENUM('active', 'inactive', 'defunct', 'temporarily closed');--> statement-breakpoint
CREATE TYPE "public"."referral_route" AS ENUM('signpost', 'self_referral', 'kith_referral');--> statement-breakpoint
CREATE TYPE "public"."task_business_status" AS ENUM('contact_attempted', 'contact_made', 'on_waiting_list', 'first_session_booked', 'attending', 'awaiting_information');--> statement-breakpoint
CREATE TYPE "public"."task_side" AS ENUM('requester', 'provider', 'system');--> statement-breakpoint
CREATE TYPE "public"."task_status" AS ENUM('requested', 'accepted', 'rejected', 'in-progress', 'on-hold', 'completed', 'failed', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."unmet_need_reason" AS ENUM('no_service', 'full', 'too_far', 'cost', 'not_eligible', 'waiting_too_long');--> statement-breakpoint
CREATE TABLE "dir_addresses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"location_id" uuid NOT NULL,
	"attention" text,
	"address_1" text DEFAULT '' NOT NULL,
	"address_2" text,
	"city" text DEFAULT '' NOT NULL,
	"region" text,
	"state_province" text DEFAULT '' NOT NULL,
	"postal_code" text DEFAULT '' NOT NULL,
	"country" text DEFAULT 'GB' NOT NULL,
	"address_type" text DEFAULT 'physical' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dir_locations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"location_type" "location_type" DEFAULT 'physical' NOT NULL,
	"name" text,
	"description" text,
	"latitude" double precision,
	"longitude" double precision,
	"accessibility" text,
	"url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dir_organizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"email" text,
	"website" text,
	"logo" text,
	"uri" text,
	"parent_organization_id" uuid,
	"kith_organisation_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dir_service_at_locations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"description" text,
	CONSTRAINT "dir_service_at_locations_pair_key" UNIQUE("service_id","location_id")
);
--> statement-breakpoint
CREATE TABLE "dir_services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"alternate_name" text,
	"description" text DEFAULT '' NOT NULL,
	"url" text,
	"email" text,
	"status" "oruk_service_status" DEFAULT 'active' NOT NULL,
	"fees" text,
	"minimum_age" integer,
	"maximum_age" integer,
	"assured_date" date,
	"alert" text,
	"capacity_status" "capacity_status" DEFAULT 'open' NOT NULL,
	"typical_wait_days" integer,
	"referral_route" "referral_route" DEFAULT 'signpost' NOT NULL,
	"funding_status" "funding_status" DEFAULT 'unknown' NOT NULL,
	"funded_until" date,
	"last_verified_at" timestamp with time zone,
	"last_verified_by" uuid,
	"archived_at" timestamp with time zone,
	"search_text" text GENERATED ALWAYS AS (lower(coalesce(name, '') || ' ' || coalesce(alternate_name, '') || ' ' || coalesce(description, ''))) STORED NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english'::regconfig, coalesce(name, '') || ' ' || coalesce(alternate_name, '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'B')) STORED NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "postcodes" (
	"postcode" text PRIMARY KEY NOT NULL,
	"latitude" double precision NOT NULL,
	"longitude" double precision NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dir_attributes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"link_id" uuid NOT NULL,
	"link_type" text NOT NULL,
	"link_entity" text,
	"taxonomy_term_id" uuid NOT NULL,
	"value" text,
	"label" text
);
--> statement-breakpoint
CREATE TABLE "dir_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid,
	"service_id" uuid,
	"service_at_location_id" uuid,
	"location_id" uuid,
	"name" text,
	"title" text,
	"department" text,
	"email" text
);
--> statement-breakpoint
CREATE TABLE "dir_cost_options" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"valid_from" date,
	"valid_to" date,
	"option" text,
	"amount" numeric(10, 2),
	"currency" text,
	"amount_description" text
);
--> statement-breakpoint
CREATE TABLE "dir_fundings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid,
	"service_id" uuid,
	"source" text
);
--> statement-breakpoint
CREATE TABLE "dir_languages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid,
	"location_id" uuid,
	"phone_id" uuid,
	"name" text,
	"code" text,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "dir_phones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"location_id" uuid,
	"service_id" uuid,
	"organization_id" uuid,
	"contact_id" uuid,
	"service_at_location_id" uuid,
	"number" text NOT NULL,
	"extension" text,
	"type" text,
	"description" text
);
--> statement-breakpoint
CREATE TABLE "dir_schedules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid,
	"location_id" uuid,
	"service_at_location_id" uuid,
	"valid_from" date,
	"valid_to" date,
	"dtstart" date,
	"freq" text,
	"interval" integer,
	"byday" text,
	"bymonthday" text,
	"opens_at" text,
	"closes_at" text,
	"description" text,
	"notes" text
);
--> statement-breakpoint
CREATE TABLE "dir_service_areas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid,
	"name" text,
	"description" text,
	"extent" text,
	"extent_type" text,
	"uri" text
);
--> statement-breakpoint
CREATE TABLE "dir_taxonomies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"uri" text,
	"version" text
);
--> statement-breakpoint
CREATE TABLE "dir_taxonomy_terms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"taxonomy_id" uuid,
	"parent_id" uuid,
	"code" text,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"term_uri" text
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"payload" jsonb NOT NULL,
	"dedupe_key" text,
	"run_at" timestamp with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer DEFAULT 5 NOT NULL,
	"locked_until" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "jobs_dedupe_key_unique" UNIQUE("dedupe_key")
);
--> statement-breakpoint
CREATE TABLE "reminders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"message" text NOT NULL,
	"link" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"dismissed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "onward_referral_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"onward_referral_id" uuid NOT NULL,
	"from_status" "task_status",
	"to_status" "task_status" NOT NULL,
	"business_status" "task_business_status",
	"reason" text,
	"note" text,
	"side" "task_side" NOT NULL,
	"actor_user_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "onward_referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"referral_id" uuid,
	"service_id" uuid NOT NULL,
	"provider_organization_id" uuid NOT NULL,
	"status" "task_status" DEFAULT 'requested' NOT NULL,
	"business_status" "task_business_status",
	"status_reason" text,
	"shared_fields" text[] NOT NULL,
	"shared" jsonb NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"consent_recorded_by" uuid NOT NULL,
	"consent_recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"requested_by" uuid NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"reminder_raised_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "unmet_needs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"person_id" uuid,
	"need_term_id" uuid NOT NULL,
	"area" text NOT NULL,
	"reason" "unmet_need_reason" NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dir_addresses" ADD CONSTRAINT "dir_addresses_location_id_dir_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."dir_locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dir_organizations" ADD CONSTRAINT "dir_organizations_parent_organization_id_dir_organizations_id_fk" FOREIGN KEY ("parent_organization_id") REFERENCES "public"."dir_organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dir_organizations" ADD CONSTRAINT "dir_organizations_kith_organisation_id_organisations_id_fk" FOREIGN KEY ("kith_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dir_service_at_locations" ADD CONSTRAINT "dir_service_at_locations_service_id_dir_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."dir_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dir_service_at_locations" ADD CONSTRAINT "dir_service_at_locations_location_id_dir_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."dir_locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dir_services" ADD CONSTRAINT "dir_services_organization_id_dir_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."dir_organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dir_services" ADD CONSTRAINT "dir_services_last_verified_by_users_id_fk" FOREIGN KEY ("last_verified_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dir_attributes" ADD CONSTRAINT "dir_attributes_taxonomy_term_id_dir_taxonomy_terms_id_fk" FOREIGN KEY ("taxonomy_term_id") REFERENCES "public"."dir_taxonomy_terms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dir_contacts" ADD CONSTRAINT "dir_contacts_organization_id_dir_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."dir_organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dir_contacts" ADD CONSTRAINT "dir_contacts_service_id_dir_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."dir_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dir_contacts" ADD CONSTRAINT "dir_contacts_service_at_location_id_dir_service_at_locations_id_fk" FOREIGN KEY ("service_at_location_id") REFERENCES "public"."dir_service_at_locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dir_contacts" ADD CONSTRAINT "dir_contacts_location_id_dir_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."dir_locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dir_cost_options" ADD CONSTRAINT "dir_cost_options_service_id_dir_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."dir_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dir_fundings" ADD CONSTRAINT "dir_fundings_organization_id_dir_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."dir_organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dir_fundings" ADD CONSTRAINT "dir_fundings_service_id_dir_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."dir_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dir_languages" ADD CONSTRAINT "dir_languages_service_id_dir_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."dir_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dir_languages" ADD CONSTRAINT "dir_languages_location_id_dir_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."dir_locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dir_languages" ADD CONSTRAINT "dir_languages_phone_id_dir_phones_id_fk" FOREIGN KEY ("phone_id") REFERENCES "public"."dir_phones"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dir_phones" ADD CONSTRAINT "dir_phones_location_id_dir_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."dir_locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dir_phones" ADD CONSTRAINT "dir_phones_service_id_dir_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."dir_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dir_phones" ADD CONSTRAINT "dir_phones_organization_id_dir_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."dir_organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dir_phones" ADD CONSTRAINT "dir_phones_contact_id_dir_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."dir_contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dir_phones" ADD CONSTRAINT "dir_phones_service_at_location_id_dir_service_at_locations_id_fk" FOREIGN KEY ("service_at_location_id") REFERENCES "public"."dir_service_at_locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dir_schedules" ADD CONSTRAINT "dir_schedules_service_id_dir_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."dir_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dir_schedules" ADD CONSTRAINT "dir_schedules_location_id_dir_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."dir_locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dir_schedules" ADD CONSTRAINT "dir_schedules_service_at_location_id_dir_service_at_locations_id_fk" FOREIGN KEY ("service_at_location_id") REFERENCES "public"."dir_service_at_locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dir_service_areas" ADD CONSTRAINT "dir_service_areas_service_id_dir_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."dir_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dir_taxonomy_terms" ADD CONSTRAINT "dir_taxonomy_terms_taxonomy_id_dir_taxonomies_id_fk" FOREIGN KEY ("taxonomy_id") REFERENCES "public"."dir_taxonomies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminders" ADD CONSTRAINT "reminders_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onward_referral_events" ADD CONSTRAINT "onward_referral_events_onward_referral_id_onward_referrals_id_fk" FOREIGN KEY ("onward_referral_id") REFERENCES "public"."onward_referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onward_referral_events" ADD CONSTRAINT "onward_referral_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onward_referrals" ADD CONSTRAINT "onward_referrals_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onward_referrals" ADD CONSTRAINT "onward_referrals_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onward_referrals" ADD CONSTRAINT "onward_referrals_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onward_referrals" ADD CONSTRAINT "onward_referrals_service_id_dir_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."dir_services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onward_referrals" ADD CONSTRAINT "onward_referrals_provider_organization_id_dir_organizations_id_fk" FOREIGN KEY ("provider_organization_id") REFERENCES "public"."dir_organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onward_referrals" ADD CONSTRAINT "onward_referrals_consent_recorded_by_users_id_fk" FOREIGN KEY ("consent_recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onward_referrals" ADD CONSTRAINT "onward_referrals_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unmet_needs" ADD CONSTRAINT "unmet_needs_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unmet_needs" ADD CONSTRAINT "unmet_needs_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unmet_needs" ADD CONSTRAINT "unmet_needs_need_term_id_dir_taxonomy_terms_id_fk" FOREIGN KEY ("need_term_id") REFERENCES "public"."dir_taxonomy_terms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unmet_needs" ADD CONSTRAINT "unmet_needs_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dir_addresses_location_idx" ON "dir_addresses" USING btree ("location_id");--> statement-breakpoint
CREATE INDEX "dir_locations_lat_lon_idx" ON "dir_locations" USING btree ("latitude","longitude");--> statement-breakpoint
CREATE INDEX "dir_organizations_kith_org_idx" ON "dir_organizations" USING btree ("kith_organisation_id");--> statement-breakpoint
CREATE INDEX "dir_service_at_locations_location_idx" ON "dir_service_at_locations" USING btree ("location_id");--> statement-breakpoint
CREATE INDEX "dir_services_org_idx" ON "dir_services" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "dir_services_updated_idx" ON "dir_services" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "dir_services_search_vector_idx" ON "dir_services" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "dir_services_search_text_trgm_idx" ON "dir_services" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "dir_attributes_term_idx" ON "dir_attributes" USING btree ("taxonomy_term_id","link_type");--> statement-breakpoint
CREATE INDEX "dir_attributes_link_idx" ON "dir_attributes" USING btree ("link_id");--> statement-breakpoint
CREATE INDEX "dir_contacts_service_idx" ON "dir_contacts" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "dir_cost_options_service_idx" ON "dir_cost_options" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "dir_fundings_service_idx" ON "dir_fundings" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "dir_languages_service_idx" ON "dir_languages" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "dir_phones_service_idx" ON "dir_phones" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "dir_phones_contact_idx" ON "dir_phones" USING btree ("contact_id");--> statement-breakpoint
CREATE INDEX "dir_schedules_service_idx" ON "dir_schedules" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "dir_schedules_location_idx" ON "dir_schedules" USING btree ("location_id");--> statement-breakpoint
CREATE INDEX "dir_service_areas_service_idx" ON "dir_service_areas" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "dir_taxonomy_terms_parent_idx" ON "dir_taxonomy_terms" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "dir_taxonomy_terms_code_idx" ON "dir_taxonomy_terms" USING btree ("code");--> statement-breakpoint
CREATE INDEX "jobs_due_idx" ON "jobs" USING btree ("run_at") WHERE completed_at IS NULL;--> statement-breakpoint
CREATE INDEX "reminders_user_idx" ON "reminders" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "onward_referral_events_referral_idx" ON "onward_referral_events" USING btree ("onward_referral_id","at");--> statement-breakpoint
CREATE INDEX "onward_referrals_person_idx" ON "onward_referrals" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "onward_referrals_provider_idx" ON "onward_referrals" USING btree ("provider_organization_id","status");--> statement-breakpoint
CREATE INDEX "onward_referrals_service_idx" ON "onward_referrals" USING btree ("service_id","status");--> statement-breakpoint
CREATE INDEX "onward_referrals_org_idx" ON "onward_referrals" USING btree ("organisation_id","status");--> statement-breakpoint
CREATE INDEX "unmet_needs_org_idx" ON "unmet_needs" USING btree ("organisation_id","recorded_at");--> statement-breakpoint
CREATE INDEX "unmet_needs_person_idx" ON "unmet_needs" USING btree ("person_id");