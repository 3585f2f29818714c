// `npm run worker`: job workers as a separate process, to scale out on PostgreSQL. With the embedded
// database the workers run inside the app process (two processes on one PGlite folder would lose data).
import { getDatabaseHandle } from "@/db";
import { getEnv } from "@/lib/env";
import { startJobWorkers } from "@/lib/jobs/worker";
import { stopBoss } from "@/lib/jobs/boss";

if (!getEnv().DATABASE_URL) {
  console.error("[keyslot] npm run worker needs DATABASE_URL (a PostgreSQL server); the embedded database runs its workers in the app.");
  process.exit(1);
}
const handle = await getDatabaseHandle();
await handle.migrate();
await startJobWorkers();
console.info("[keyslot] job workers running");
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, async () => {
    await stopBoss();
    await handle.close();
    process.exit(0);
  });
}
