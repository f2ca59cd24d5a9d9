CREATE TABLE "postal_codes" (
	"code" text PRIMARY KEY NOT NULL,
	"post_office" text NOT NULL,
	"district" text,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"boundary" jsonb,
	"boundary_source" text
);
