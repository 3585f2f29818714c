// `npm run db:seed`: the demo organisation, sites, resources and logins (idempotent). Never run it against
// the embedded database while the app is running: two processes on one PGlite folder lose data.
import { getDatabaseHandle } from "@/db";
import { seedDemoData } from "@/db/seed";
import { DEMO_ACCOUNTS } from "@/db/demo-accounts";

const handle = await getDatabaseHandle();
await handle.migrate();
await seedDemoData(handle.db);
console.info("[keyslot] demo data seeded; logins:");
for (const account of Object.values(DEMO_ACCOUNTS)) console.info(`    ${account.role.padEnd(9)} ${account.email}  /  ${account.password}`);
await handle.close();
