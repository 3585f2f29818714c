import { getDatabaseHandle } from "@/db";
import { logger } from "@/lib/server/logger";
import { setNotifiedByDatabase, wakeQueue } from "./wake";

// Cross-process wakes on PostgreSQL. A trigger on pg-boss's job table notifies the queue's name when a job that
// may run at once is inserted; PostgreSQL delivers it at the commit (never for a rolled-back transaction, once
// per queue and transaction). Every process with workers listens, so a booking committed by the app wakes a
// separate `npm run worker` at once instead of at its next poll, and the app's own workers the same way.

const CHANNEL = "keyslot_jobs";

// Every process with workers runs this at its start: the lock keeps two of them from replacing the function
// at the same moment (which PostgreSQL refuses with "tuple concurrently updated").
const TRIGGER_SQL = `
  begin;
  select pg_advisory_xact_lock(hashtext('keyslot_notify_job'));
  create or replace function pgboss.keyslot_notify_job() returns trigger language plpgsql as $$
  begin
    if new.start_after <= now() then perform pg_notify('${CHANNEL}', new.name); end if;
    return null;
  end $$;
  create or replace trigger keyslot_notify_job after insert on pgboss.job
    for each row execute function pgboss.keyslot_notify_job();
  commit;
`;

/** After pg-boss has created its schema. Returns the stop, or null on PGlite (one process: local wakes do). */
export async function listenForJobs(): Promise<(() => Promise<void>) | null> {
  const handle = await getDatabaseHandle();
  if (!handle.listen) return null;
  await handle.executeSql(TRIGGER_SQL);
  const unlisten = await handle.listen(CHANNEL, (queue) => wakeQueue(queue));
  setNotifiedByDatabase(true);
  logger.debug("job notifications: listening", { channel: CHANNEL });
  return async () => {
    setNotifiedByDatabase(false);
    await unlisten().catch(() => undefined);
  };
}
