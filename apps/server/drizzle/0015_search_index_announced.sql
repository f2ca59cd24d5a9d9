-- Each new version of the search rows is announced on the channel avain_search_index (sent when
-- the transaction commits), so server processes need not read the version before every search.
CREATE FUNCTION "announce_search_index_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF NEW."version" <> OLD."version" THEN
		PERFORM pg_notify('avain_search_index', NEW."version"::text);
	END IF;
	RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "search_index_version_announced" AFTER UPDATE ON "search_index_version"
	FOR EACH ROW EXECUTE FUNCTION "announce_search_index_version"();
