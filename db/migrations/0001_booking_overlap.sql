-- drizzle-kit cannot express EXCLUDE constraints, so this one is written by hand.
-- btree_gist lets the uuid equality share one GiST index with the range overlap.
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_no_overlap"
  EXCLUDE USING gist ("resource_id" WITH =, "blocked_period" WITH &&)
  WHERE ("status" IN ('pending', 'confirmed'));
