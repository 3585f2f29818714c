// `npm run db:migrate`: applies the committed migrations to DATABASE_URL (or the embedded database).
// The app does this itself at start; this is for deploy pipelines that migrate before rolling out.
import { getDatabaseHandle } from "@/db";

const handle = await getDatabaseHandle();
await handle.migrate();
console.info(`[keyslot] migrations applied (${handle.kind})`);
await handle.close();
