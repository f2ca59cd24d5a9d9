CREATE TABLE "search_index_changes" (
	"version" integer NOT NULL,
	"service_id" uuid NOT NULL,
	CONSTRAINT "search_index_changes_version_service_id_pk" PRIMARY KEY("version","service_id")
);
--> statement-breakpoint
ALTER TABLE "search_index_version" ADD COLUMN "changes_since" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Each statement on service_search that changes rows makes one new version and lists the services
-- it touched; one touching more than a thousand services (a full rebuild) lists none and moves
-- changes_since, so every process reloads everything. Versions older than a thousand are pruned.
CREATE FUNCTION "log_search_index_change"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	changed uuid[];
	v integer;
BEGIN
	IF TG_OP = 'INSERT' THEN
		SELECT array_agg(DISTINCT "service_id") INTO changed FROM new_rows;
	ELSIF TG_OP = 'DELETE' THEN
		SELECT array_agg(DISTINCT "service_id") INTO changed FROM old_rows;
	ELSE
		SELECT array_agg(DISTINCT "service_id") INTO changed FROM (SELECT "service_id" FROM old_rows UNION SELECT "service_id" FROM new_rows) r;
	END IF;
	IF changed IS NULL THEN
		RETURN NULL;
	END IF;
	UPDATE "search_index_version" SET "version" = "version" + 1,
		"changes_since" = greatest("changes_since", "version" + 1 - 1000,
			CASE WHEN cardinality(changed) > 1000 THEN "version" + 1 ELSE 0 END)
	WHERE "id" = 1 RETURNING "version" INTO v;
	IF cardinality(changed) <= 1000 THEN
		INSERT INTO "search_index_changes" ("version", "service_id") SELECT v, unnest(changed);
	END IF;
	DELETE FROM "search_index_changes" WHERE "version" <= v - 1000;
	RETURN NULL;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION "bump_search_index_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE "search_index_version" SET "version" = "version" + 1, "changes_since" = "version" + 1 WHERE "id" = 1;
	RETURN NULL;
END $$;--> statement-breakpoint
DROP TRIGGER "service_search_changed" ON "service_search";--> statement-breakpoint
CREATE TRIGGER "service_search_inserted" AFTER INSERT ON "service_search"
	REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "log_search_index_change"();--> statement-breakpoint
CREATE TRIGGER "service_search_updated" AFTER UPDATE ON "service_search"
	REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "log_search_index_change"();--> statement-breakpoint
CREATE TRIGGER "service_search_deleted" AFTER DELETE ON "service_search"
	REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "log_search_index_change"();--> statement-breakpoint
CREATE TRIGGER "service_search_truncated" AFTER TRUNCATE ON "service_search"
	FOR EACH STATEMENT EXECUTE FUNCTION "bump_search_index_version"();--> statement-breakpoint
UPDATE "search_index_version" SET "changes_since" = "version";
