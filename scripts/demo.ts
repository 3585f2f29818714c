// `npm run demo`: build, then start Keyslot on http://localhost:3000 with the demo data on the embedded
// database. Migrations, seeding and the printed logins happen in the server's start-up (lib/server/startup.ts).
import { spawn } from "node:child_process";
import { ensureAuthSecret, ensureEncryptionKeys, parseEnv } from "@/lib/env";

const port = process.env.PORT ?? "3000";
const env = { ...process.env, KEYSLOT_DEMO: "1", NODE_ENV: "production" } as NodeJS.ProcessEnv;
const parsed = parseEnv(env);
env.AUTH_SECRET = ensureAuthSecret({ env: parsed });
env.KEYSLOT_ENCRYPTION_KEYS = ensureEncryptionKeys({ env: parsed });

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`))));
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  });
}

const skipBuild = process.argv.includes("--no-build");
if (!skipBuild) {
  console.info("[keyslot] building (first run takes a minute or two)…");
  await run("npx", ["next", "build"]);
}
console.info(`[keyslot] starting on http://localhost:${port}`);
await run("npx", ["next", "start", "-p", port]);
