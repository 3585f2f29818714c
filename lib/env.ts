import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

// The one place that reads process.env (house style rule 5).

const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);
const optionalString = z.preprocess(emptyAsUndefined, z.string().optional());
const flag = z.preprocess(
  (value) => (typeof value === "string" ? ["1", "true", "yes", "on"].includes(value.toLowerCase()) : value),
  z.boolean().default(false),
);

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Set when next is building: nothing may open the database then. */
  NEXT_PHASE: optionalString,
  /** A PostgreSQL server; unset means the embedded PGlite database in KEYSLOT_DATA_DIR/pglite. */
  DATABASE_URL: z.preprocess(emptyAsUndefined, z.url().optional()),
  /**
   * Statements prepared on the server's connections (db/prepared-client.ts). Off only behind a connection
   * pooler that cannot keep them (PgBouncer in transaction mode before 1.21).
   */
  DATABASE_PREPARED_STATEMENTS: z.preprocess(
    (value) => (typeof value === "string" && value !== "" ? !["0", "false", "no", "off"].includes(value.toLowerCase()) : undefined),
    z.boolean().default(true),
  ),
  KEYSLOT_DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default(".data")),
  /** Demo mode: seeds the demo organisation, shows demo logins, keeps a dev mailbox even in production builds. */
  KEYSLOT_DEMO: flag,
  AUTH_SECRET: z.preprocess(emptyAsUndefined, z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional()),
  /** Key ring for secrets at rest: "id:base64key[,id:base64key]"; the first encrypts, all decrypt. */
  KEYSLOT_ENCRYPTION_KEYS: optionalString,
  RESEND_API_KEY: optionalString,
  RESEND_BASE_URL: z.preprocess(emptyAsUndefined, z.url().optional()),
  EMAIL_FROM: z.preprocess(emptyAsUndefined, z.string().default("Keyslot <no-reply@keyslot.local>")),
  /** Public base URL for links in e-mails and SMS (booking pages, digital keys). */
  APP_URL: z.preprocess(emptyAsUndefined, z.url().default("http://localhost:3000")),
  /** Reverse proxies of our own in front of Keyslot beyond the nearest one (client address for rate limits). */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** Demo only: JSON file with the lock simulators' connection data, written by scripts/demo.ts. */
  KEYSLOT_DEMO_INTEGRATIONS: optionalString,
  /** Where the exivo simulator finds the vendor's swagger (default ../shared/vendors/exivo-api.swagger.json). */
  EXIVO_SWAGGER_PATH: optionalString,
  /** Start-time guarantee: a booking's access not active this many minutes before the start alerts the admins. */
  ACCESS_START_ALERT_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  /** Holder name, phone and e-mail of bookings that ended longer ago than this are minimised by the daily cleanup. */
  HOLDER_DATA_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  /** Standing access through a community runs this many days from when it is granted; the reconciliation renews it before it ends. */
  COMMUNITY_ACCESS_DAYS: z.coerce.number().int().min(2).max(3650).default(365),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {}

let cached: Env | undefined;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new EnvError(`Invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

export function isBuildPhase(): boolean {
  return getEnv().NEXT_PHASE === "phase-production-build";
}

/** The dev mailbox shows outgoing messages (magic links included): only without a real provider and outside production. */
export function isDevMailboxEnabled(env: Env = getEnv()): boolean {
  return !env.RESEND_API_KEY && (env.NODE_ENV !== "production" || env.KEYSLOT_DEMO);
}

type SecretOptions = { env?: Env; envFile?: string; log?: (message: string) => void };
type GeneratedSecretName = "AUTH_SECRET" | "KEYSLOT_ENCRYPTION_KEYS";

const SECRET_HELP: Record<GeneratedSecretName, string> = {
  AUTH_SECRET: "Generate one with `openssl rand -base64 33` and set it in the environment (see README, 'Production').",
  KEYSLOT_ENCRYPTION_KEYS:
    'Set it to "k1:<32 random bytes in base64>", e.g. k1:$(openssl rand -base64 32) (see README, \'Secrets\'). Without it stored lock credentials cannot be read.',
};

/**
 * Returns AUTH_SECRET. In development and demo mode a missing secret is generated once into .env.local
 * (which Next loads on the next start); in production a missing secret is a startup error, because
 * sessions signed with a throw-away secret would silently break on every restart.
 */
export function ensureAuthSecret(options: SecretOptions = {}): string {
  return ensureSecret("AUTH_SECRET", () => randomBytes(33).toString("base64url"), options);
}

/** The key ring for secrets at rest (lib/crypto/secrets.ts); same rules as AUTH_SECRET. */
export function ensureEncryptionKeys(options: SecretOptions = {}): string {
  return ensureSecret("KEYSLOT_ENCRYPTION_KEYS", () => `k1:${randomBytes(32).toString("base64")}`, options);
}

function ensureSecret(name: GeneratedSecretName, generate: () => string, options: SecretOptions): string {
  const env = options.env ?? getEnv();
  const configured = env[name];
  if (configured) return configured;
  if (env.NODE_ENV === "production" && !env.KEYSLOT_DEMO) {
    throw new EnvError(`${name} is not set. Keyslot refuses to start in production without it.\n${SECRET_HELP[name]}`);
  }
  const envFile = options.envFile ?? path.join(process.cwd(), ".env.local");
  const existing = readSecretFromFile(envFile, name);
  const secret = existing ?? generate();
  if (!existing) {
    appendFileSync(/*turbopackIgnore: true*/ envFile, `${needsNewline(envFile) ? "\n" : ""}${name}=${secret}\n`, { mode: 0o600 });
    (options.log ?? console.info)(`[keyslot] No ${name} was set: generated one into ${envFile} (dev/demo only).`);
  }
  env[name] = secret;
  if (!options.env) process.env[name] = secret;
  return secret;
}

function needsNewline(file: string): boolean {
  return existsSync(/*turbopackIgnore: true*/ file) && !readFileSync(/*turbopackIgnore: true*/ file, "utf8").endsWith("\n");
}

function readSecretFromFile(file: string, name: GeneratedSecretName): string | undefined {
  if (!existsSync(/*turbopackIgnore: true*/ file)) return undefined;
  const line = readFileSync(/*turbopackIgnore: true*/ file, "utf8")
    .split("\n")
    .find((l) => l.startsWith(`${name}=`));
  const value = line?.slice(name.length + 1).trim();
  return value && value.length >= 32 ? value : undefined;
}
