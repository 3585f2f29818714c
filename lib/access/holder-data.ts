import { and, isNotNull, ne, or, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { accessGrants, bookings, notifications } from "@/db/schema";

// Data minimisation for past bookings (issue 5, daily cleanup): once a booking ended longer ago than the
// retention period (HOLDER_DATA_RETENTION_DAYS), who it was for is no longer Keyslot's business. The booking
// row stays (resource, period, status: the statistics), but the holder's name, phone and e-mail and the free-
// text note go, and so does what its e-mails and SMS said and to whom (booking confirmations, digital-key
// messages, start-time alerts about its grants). Kept: channel, kind, status and times of each message.
// Idempotent: rows already minimised are not counted again.

/** holder_name is NOT NULL: a neutral placeholder instead of the name. */
export const MINIMISED_HOLDER_NAME = "—";
/** notifications.recipient and .text are NOT NULL. */
export const ERASED_TEXT = "";

export async function minimiseHolderData({ endedBefore }: { endedBefore: Date }): Promise<{ bookings: number; notifications: number }> {
  const db = await getDb();
  const cutoff = sql`${endedBefore.toISOString()}::timestamptz`;
  return db.transaction(async (tx) => {
    const minimised = await tx
      .update(bookings)
      .set({ holderName: MINIMISED_HOLDER_NAME, holderPhone: null, holderEmail: null, note: null })
      .where(
        and(
          sql`upper(${bookings.period}) <= ${cutoff}`,
          or(ne(bookings.holderName, MINIMISED_HOLDER_NAME), isNotNull(bookings.holderPhone), isNotNull(bookings.holderEmail), isNotNull(bookings.note)),
        ),
      )
      .returning({ id: bookings.id });

    // The messages name their booking or grant in the dedupe key's second part: "booking.<kind>:<booking>:...",
    // "access.key:<grant>:<channel>", "access.start_alert:<grant>:<admin>".
    const pastBookings = sql`select ${bookings.id}::text from ${bookings} where upper(${bookings.period}) <= ${cutoff}`;
    const pastGrants = sql`select ${accessGrants.id}::text from ${accessGrants} join ${bookings} on ${bookings.id} = ${accessGrants.bookingId} where upper(${bookings.period}) <= ${cutoff}`;
    // A booking message's dedupe key ends with its recipient ("booking.confirmed:<booking>:v2:<e-mail>"): that
    // part goes too, replaced by the message's own id so the key stays unique.
    const key = notifications.dedupeKey;
    const erasedKey = sql`case when ${key} like 'booking.%'
      then split_part(${key}, ':', 1) || ':' || split_part(${key}, ':', 2) || ':' || split_part(${key}, ':', 3) || ':erased:' || ${notifications.id}::text
      else ${key} end`;
    const erased = await tx
      .update(notifications)
      .set({ recipient: ERASED_TEXT, subject: null, text: ERASED_TEXT, html: null, attachments: [], dedupeKey: erasedKey })
      .where(
        and(
          or(ne(notifications.recipient, ERASED_TEXT), ne(notifications.text, ERASED_TEXT), isNotNull(notifications.subject), isNotNull(notifications.html), sql`${notifications.attachments} <> '[]'::jsonb`),
          or(
            sql`${notifications.dedupeKey} like 'booking.%' and split_part(${notifications.dedupeKey}, ':', 2) in (${pastBookings})`,
            sql`${notifications.dedupeKey} like 'access.%' and split_part(${notifications.dedupeKey}, ':', 2) in (${pastGrants})`,
          ),
        ),
      )
      .returning({ id: notifications.id });
    return { bookings: minimised.length, notifications: erased.length };
  });
}
