-- No double booking, ever: two live appointments of one professional never overlap in time.
-- Held, booked, arrived and done appointments take the time; cancelled, expired and no-show free it.
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
ALTER TABLE appointments ADD CONSTRAINT appointments_no_overlap
  EXCLUDE USING gist (professional_id WITH =, tstzrange(starts_at, ends_at) WITH &&)
  WHERE (status IN ('held', 'booked', 'arrived', 'done'));
