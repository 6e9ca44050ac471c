CREATE TYPE "public"."gp_document_state" AS ENUM('preparing', 'no_practice', 'no_mailbox', 'queued', 'sent', 'delivered', 'failed');--> statement-breakpoint
CREATE TYPE "public"."snomed_code_use" AS ENUM('taken_up', 'declined', 'not_reached', 'withdrawn', 'discharged', 'referred_elsewhere', 'referral_reason', 'other');--> statement-breakpoint
CREATE TABLE "gp_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"referral_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"ending" text NOT NULL,
	"state" "gp_document_state" DEFAULT 'preparing' NOT NULL,
	"practice_organisation_id" uuid,
	"practice_ods_code" text,
	"mailbox_id" text,
	"bundle" jsonb,
	"letter_id" uuid,
	"send_generation" integer DEFAULT 0 NOT NULL,
	"mesh_message_id" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"tracked_at" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	"failed_at" timestamp with time zone,
	CONSTRAINT "gp_documents_referral_id_unique" UNIQUE("referral_id")
);
--> statement-breakpoint
CREATE TABLE "practice_mailboxes" (
	"ods_code" text PRIMARY KEY NOT NULL,
	"mailbox_id" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"note" text,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "snomed_codes" (
	"code" text PRIMARY KEY NOT NULL,
	"term" text NOT NULL,
	"use" "snomed_code_use" NOT NULL,
	"verified" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"source" text,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "gp_documents" ADD CONSTRAINT "gp_documents_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gp_documents" ADD CONSTRAINT "gp_documents_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gp_documents" ADD CONSTRAINT "gp_documents_practice_organisation_id_organisations_id_fk" FOREIGN KEY ("practice_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gp_documents" ADD CONSTRAINT "gp_documents_letter_id_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."letters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_mailboxes" ADD CONSTRAINT "practice_mailboxes_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "snomed_codes" ADD CONSTRAINT "snomed_codes_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "gp_documents_state_idx" ON "gp_documents" USING btree ("state","created_at");--> statement-breakpoint
CREATE INDEX "gp_documents_organisation_idx" ON "gp_documents" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "snomed_codes_one_active_per_ending" ON "snomed_codes" USING btree ("use") WHERE "snomed_codes"."active" and "snomed_codes"."use" not in ('referral_reason', 'other');--> statement-breakpoint
-- The two codes the domain reference lists as verified (SNOMED CT UK edition).
INSERT INTO "snomed_codes" ("code", "term", "use", "verified", "source") VALUES
  ('871731000000106', 'Referral to social prescribing service (procedure)', 'taken_up', true, 'Kith domain reference: SNOMED CT UK edition, social prescribing'),
  ('871711000000103', 'Social prescribing declined (situation)', 'declined', true, 'Kith domain reference: SNOMED CT UK edition, social prescribing');--> statement-breakpoint
-- Codes an admin had typed against a referral reason become reference data, unverified until
-- an admin confirms them, so the foreign key below holds.
INSERT INTO "snomed_codes" ("code", "term", "use", "verified", "source")
SELECT DISTINCT ON (r.snomed_code) r.snomed_code, r.label, 'referral_reason', false, 'Entered against the referral reason "' || r.label || '"'
FROM "referral_reasons" r
WHERE r.snomed_code IS NOT NULL
ON CONFLICT ("code") DO NOTHING;--> statement-breakpoint
ALTER TABLE "referral_reasons" ADD CONSTRAINT "referral_reasons_snomed_code_snomed_codes_code_fk" FOREIGN KEY ("snomed_code") REFERENCES "public"."snomed_codes"("code") ON DELETE no action ON UPDATE no action;