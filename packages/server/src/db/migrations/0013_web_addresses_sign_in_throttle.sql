-- Sign-in throttling per (email, client) replaces the per-email lock-out (ADR 0002). The
-- counters are disposable (never backed up), so the table is simply made again.
DROP TABLE "sign_in_throttle";--> statement-breakpoint
CREATE TABLE "sign_in_throttle" (
	"email" text NOT NULL,
	"client" text NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"last_failure_at" timestamp with time zone NOT NULL,
	CONSTRAINT "sign_in_throttle_email_client_pk" PRIMARY KEY("email","client")
);
--> statement-breakpoint
CREATE INDEX "sign_in_throttle_email_idx" ON "sign_in_throttle" USING btree ("email","last_failure_at");--> statement-breakpoint
-- Web addresses: http(s) only (identifiers may also be URNs). Existing values that would break
-- the new constraints are trimmed when that is enough, and otherwise removed (a javascript:,
-- data: or vbscript: address must not survive), before the constraints are added.
UPDATE "community_events" SET "online_url" = CASE WHEN btrim("online_url") ~* '^https?://' THEN btrim("online_url") ELSE NULL END WHERE "online_url" IS NOT NULL AND "online_url" !~* '^https?://';--> statement-breakpoint
UPDATE "dir_locations" SET "url" = CASE WHEN btrim("url") ~* '^https?://' THEN btrim("url") ELSE NULL END WHERE "url" IS NOT NULL AND "url" !~* '^https?://';--> statement-breakpoint
UPDATE "dir_organizations" SET "website" = CASE WHEN btrim("website") ~* '^https?://' THEN btrim("website") ELSE NULL END WHERE "website" IS NOT NULL AND "website" !~* '^https?://';--> statement-breakpoint
UPDATE "dir_organizations" SET "logo" = CASE WHEN btrim("logo") ~* '^https?://' THEN btrim("logo") ELSE NULL END WHERE "logo" IS NOT NULL AND "logo" !~* '^https?://';--> statement-breakpoint
UPDATE "dir_services" SET "url" = CASE WHEN btrim("url") ~* '^https?://' THEN btrim("url") ELSE NULL END WHERE "url" IS NOT NULL AND "url" !~* '^https?://';--> statement-breakpoint
UPDATE "training_courses" SET "url" = CASE WHEN btrim("url") ~* '^https?://' THEN btrim("url") ELSE NULL END WHERE "url" IS NOT NULL AND "url" !~* '^https?://';--> statement-breakpoint
UPDATE "dir_organizations" SET "uri" = CASE WHEN btrim("uri") ~* '^(https?://|urn:)' THEN btrim("uri") ELSE NULL END WHERE "uri" IS NOT NULL AND "uri" !~* '^(https?://|urn:)';--> statement-breakpoint
UPDATE "dir_service_areas" SET "uri" = CASE WHEN btrim("uri") ~* '^(https?://|urn:)' THEN btrim("uri") ELSE NULL END WHERE "uri" IS NOT NULL AND "uri" !~* '^(https?://|urn:)';--> statement-breakpoint
UPDATE "dir_taxonomies" SET "uri" = CASE WHEN btrim("uri") ~* '^(https?://|urn:)' THEN btrim("uri") ELSE NULL END WHERE "uri" IS NOT NULL AND "uri" !~* '^(https?://|urn:)';--> statement-breakpoint
UPDATE "dir_taxonomy_terms" SET "term_uri" = CASE WHEN btrim("term_uri") ~* '^(https?://|urn:)' THEN btrim("term_uri") ELSE NULL END WHERE "term_uri" IS NOT NULL AND "term_uri" !~* '^(https?://|urn:)';--> statement-breakpoint
ALTER TABLE "community_events" ADD CONSTRAINT "community_events_online_url_http" CHECK ("community_events"."online_url" IS NULL OR "community_events"."online_url" ~* '^https?://');--> statement-breakpoint
ALTER TABLE "dir_locations" ADD CONSTRAINT "dir_locations_url_http" CHECK ("dir_locations"."url" IS NULL OR "dir_locations"."url" ~* '^https?://');--> statement-breakpoint
ALTER TABLE "dir_organizations" ADD CONSTRAINT "dir_organizations_website_http" CHECK ("dir_organizations"."website" IS NULL OR "dir_organizations"."website" ~* '^https?://');--> statement-breakpoint
ALTER TABLE "dir_organizations" ADD CONSTRAINT "dir_organizations_logo_http" CHECK ("dir_organizations"."logo" IS NULL OR "dir_organizations"."logo" ~* '^https?://');--> statement-breakpoint
ALTER TABLE "dir_organizations" ADD CONSTRAINT "dir_organizations_uri_scheme" CHECK ("dir_organizations"."uri" IS NULL OR "dir_organizations"."uri" ~* '^(https?://|urn:)');--> statement-breakpoint
ALTER TABLE "dir_services" ADD CONSTRAINT "dir_services_url_http" CHECK ("dir_services"."url" IS NULL OR "dir_services"."url" ~* '^https?://');--> statement-breakpoint
ALTER TABLE "dir_service_areas" ADD CONSTRAINT "dir_service_areas_uri_scheme" CHECK ("dir_service_areas"."uri" IS NULL OR "dir_service_areas"."uri" ~* '^(https?://|urn:)');--> statement-breakpoint
ALTER TABLE "dir_taxonomies" ADD CONSTRAINT "dir_taxonomies_uri_scheme" CHECK ("dir_taxonomies"."uri" IS NULL OR "dir_taxonomies"."uri" ~* '^(https?://|urn:)');--> statement-breakpoint
ALTER TABLE "dir_taxonomy_terms" ADD CONSTRAINT "dir_taxonomy_terms_term_uri_scheme" CHECK ("dir_taxonomy_terms"."term_uri" IS NULL OR "dir_taxonomy_terms"."term_uri" ~* '^(https?://|urn:)');--> statement-breakpoint
ALTER TABLE "training_courses" ADD CONSTRAINT "training_courses_url_http" CHECK ("training_courses"."url" IS NULL OR "training_courses"."url" ~* '^https?://');
