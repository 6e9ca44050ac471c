CREATE TABLE "dir_accessibility" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"location_id" uuid NOT NULL,
	"description" text,
	"details" text,
	"url" text,
	"accessibility" text
);
--> statement-breakpoint
CREATE TABLE "dir_organization_identifiers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"identifier_scheme" text,
	"identifier_type" text NOT NULL,
	"identifier" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dir_locations" ADD COLUMN "external_identifier" text;--> statement-breakpoint
ALTER TABLE "dir_locations" ADD COLUMN "external_identifier_type" text;--> statement-breakpoint
ALTER TABLE "dir_services" ADD COLUMN "assurer_email" text;--> statement-breakpoint
ALTER TABLE "dir_services" ADD COLUMN "accreditations" text;--> statement-breakpoint
ALTER TABLE "dir_services" ADD COLUMN "source_last_modified" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "dir_schedules" ADD COLUMN "schedule_link" text;--> statement-breakpoint
ALTER TABLE "dir_schedules" ADD COLUMN "attending_type" text;--> statement-breakpoint
ALTER TABLE "dir_service_areas" ADD COLUMN "service_area" text;--> statement-breakpoint
ALTER TABLE "dir_taxonomy_terms" ADD COLUMN "taxonomy" text;--> statement-breakpoint
ALTER TABLE "dir_taxonomy_terms" ADD COLUMN "term" text;--> statement-breakpoint
ALTER TABLE "dir_accessibility" ADD CONSTRAINT "dir_accessibility_location_id_dir_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."dir_locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dir_organization_identifiers" ADD CONSTRAINT "dir_organization_identifiers_organization_id_dir_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."dir_organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dir_accessibility_location_idx" ON "dir_accessibility" USING btree ("location_id");--> statement-breakpoint
CREATE INDEX "dir_organization_identifiers_org_idx" ON "dir_organization_identifiers" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "dir_services_last_modified_idx" ON "dir_services" USING btree (coalesce(source_last_modified, updated_at));