CREATE TABLE "search_index_version" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"version" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "service_search" ADD COLUMN "terms" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
CREATE INDEX "service_search_terms_idx" ON "service_search" USING gin ("terms");--> statement-breakpoint
INSERT INTO "search_index_version" ("id", "version") VALUES (1, 0) ON CONFLICT DO NOTHING;--> statement-breakpoint
UPDATE "service_search" SET "terms" = array(
	SELECT DISTINCT w FROM regexp_split_to_table("words", '[^[:alnum:]åäöÅÄÖ]+') w WHERE length(w) >= 3 ORDER BY 1);
--> statement-breakpoint
-- Any change to the search rows counts, also deletes cascading from the catalogue tables.
CREATE FUNCTION "bump_search_index_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE "search_index_version" SET "version" = "version" + 1 WHERE "id" = 1;
	RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "service_search_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "service_search"
	FOR EACH STATEMENT EXECUTE FUNCTION "bump_search_index_version"();
