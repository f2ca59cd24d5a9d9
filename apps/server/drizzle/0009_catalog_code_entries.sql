CREATE TABLE "catalog_code_entries" (
	"list" text NOT NULL,
	"code" text NOT NULL,
	"parent" text,
	"name_fi" text NOT NULL,
	"name_sv" text,
	"name_en" text,
	"active" boolean DEFAULT true NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "catalog_code_entries_list_code_pk" PRIMARY KEY("list","code")
);
