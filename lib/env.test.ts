import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EnvError, ensureAuthSecret, ensureEncryptionKeys, isDevMailboxEnabled, parseEnv } from "./env";
import { parseKeyRing } from "./crypto/secrets";

const tempEnvFile = () => path.join(mkdtempSync(path.join(tmpdir(), "keyslot-env-")), ".env.local");
const quiet = () => {};

describe("parseEnv", () => {
  it("defaults to the embedded database and treats empty strings as unset", () => {
    const env = parseEnv({ DATABASE_URL: "", AUTH_SECRET: "" });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.AUTH_SECRET).toBeUndefined();
    expect(env.KEYSLOT_DATA_DIR).toBe(".data");
  });

  it("prepares statements on a PostgreSQL server unless told not to", () => {
    expect(parseEnv({}).DATABASE_PREPARED_STATEMENTS).toBe(true);
    expect(parseEnv({ DATABASE_PREPARED_STATEMENTS: "" }).DATABASE_PREPARED_STATEMENTS).toBe(true);
    expect(parseEnv({ DATABASE_PREPARED_STATEMENTS: "false" }).DATABASE_PREPARED_STATEMENTS).toBe(false);
    expect(parseEnv({ DATABASE_PREPARED_STATEMENTS: "0" }).DATABASE_PREPARED_STATEMENTS).toBe(false);
    expect(parseEnv({ DATABASE_PREPARED_STATEMENTS: "on" }).DATABASE_PREPARED_STATEMENTS).toBe(true);
  });

  it("names the bad variable", () => {
    expect(() => parseEnv({ DATABASE_URL: "not a url" })).toThrow(/DATABASE_URL/);
    expect(() => parseEnv({ AUTH_SECRET: "short" })).toThrow(/AUTH_SECRET must be at least 32 characters/);
  });
});

describe("ensureAuthSecret", () => {
  it("refuses to start in production without a secret, with a clear message", () => {
    const env = parseEnv({ NODE_ENV: "production" });
    const envFile = tempEnvFile();
    expect(() => ensureAuthSecret({ env, envFile, log: quiet })).toThrow(EnvError);
    expect(() => ensureAuthSecret({ env, envFile, log: quiet })).toThrow(/AUTH_SECRET is not set/);
  });

  it("generates a secret into .env.local in development and reuses it afterwards", () => {
    const envFile = tempEnvFile();
    const messages: string[] = [];
    const first = ensureAuthSecret({ env: parseEnv({ NODE_ENV: "development" }), envFile, log: (m) => messages.push(m) });
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(envFile, "utf8")).toContain(`AUTH_SECRET=${first}`);
    expect(messages[0]).toMatch(/generated one into/);
    const second = ensureAuthSecret({ env: parseEnv({ NODE_ENV: "development" }), envFile, log: quiet });
    expect(second).toBe(first);
  });

  it("generates one in a production build started in demo mode, keeping other lines of .env.local", () => {
    const envFile = tempEnvFile();
    writeFileSync(envFile, "OTHER=1");
    const secret = ensureAuthSecret({ env: parseEnv({ NODE_ENV: "production", KEYSLOT_DEMO: "1" }), envFile, log: quiet });
    expect(readFileSync(envFile, "utf8")).toBe(`OTHER=1\nAUTH_SECRET=${secret}\n`);
  });

  it("uses the configured secret as it is", () => {
    const env = parseEnv({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(40) });
    expect(ensureAuthSecret({ env, envFile: tempEnvFile(), log: quiet })).toBe("x".repeat(40));
  });
});

describe("ensureEncryptionKeys", () => {
  it("generates a usable key ring next to AUTH_SECRET in development, and refuses production without one", () => {
    const envFile = tempEnvFile();
    const auth = ensureAuthSecret({ env: parseEnv({}), envFile, log: quiet });
    const keys = ensureEncryptionKeys({ env: parseEnv({}), envFile, log: quiet });
    expect(parseKeyRing(keys).current).toBe("k1");
    expect(readFileSync(envFile, "utf8")).toBe(`AUTH_SECRET=${auth}\nKEYSLOT_ENCRYPTION_KEYS=${keys}\n`);
    expect(ensureEncryptionKeys({ env: parseEnv({}), envFile, log: quiet })).toBe(keys);
    expect(() => ensureEncryptionKeys({ env: parseEnv({ NODE_ENV: "production" }), envFile: tempEnvFile(), log: quiet })).toThrow(
      /KEYSLOT_ENCRYPTION_KEYS is not set/,
    );
  });
});

describe("isDevMailboxEnabled", () => {
  it("is on in development and demo, off in production and whenever Resend is configured", () => {
    expect(isDevMailboxEnabled(parseEnv({ NODE_ENV: "development" }))).toBe(true);
    expect(isDevMailboxEnabled(parseEnv({ NODE_ENV: "production", KEYSLOT_DEMO: "true" }))).toBe(true);
    expect(isDevMailboxEnabled(parseEnv({ NODE_ENV: "production" }))).toBe(false);
    expect(isDevMailboxEnabled(parseEnv({ NODE_ENV: "development", RESEND_API_KEY: "re_123" }))).toBe(false);
  });
});
