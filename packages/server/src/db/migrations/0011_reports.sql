CREATE TABLE "healthcare_use" (
	"referral_id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"gp_consultations_before" integer,
	"gp_consultations_after" integer,
	"ae_attendances_before" integer,
	"ae_attendances_after" integer,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "healthcare_use_not_negative" CHECK (coalesce("healthcare_use"."gp_consultations_before", 0) >= 0 AND coalesce("healthcare_use"."gp_consultations_after", 0) >= 0 AND coalesce("healthcare_use"."ae_attendances_before", 0) >= 0 AND coalesce("healthcare_use"."ae_attendances_after", 0) >= 0)
);
--> statement-breakpoint
CREATE TABLE "report_settings" (
	"id" text PRIMARY KEY NOT NULL,
	"pressure" jsonb NOT NULL,
	"roi" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "healthcare_use" ADD CONSTRAINT "healthcare_use_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "healthcare_use" ADD CONSTRAINT "healthcare_use_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "healthcare_use" ADD CONSTRAINT "healthcare_use_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_settings" ADD CONSTRAINT "report_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "healthcare_use_person_idx" ON "healthcare_use" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "onward_referrals_org_created_idx" ON "onward_referrals" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "referrals_org_created_idx" ON "referrals" USING btree ("organisation_id","created_at");