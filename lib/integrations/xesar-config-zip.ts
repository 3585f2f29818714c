import { X509Certificate, createPrivateKey } from "node:crypto";
import { unzipSync } from "fflate";
import { AppError } from "@/lib/errors/app-error";
import { MAX_CONFIG_ZIP_BYTES } from "./schemas";

// The configuration an EVVA Xesar operator downloads per API user: ca.pem (broker CA), mqtt.pem (client
// certificate), mqtt.key (its PKCS#8 key) and api.properties (broker.address, userid, token). Read on the
// server only; every failure names the file, so the operator knows what to fix in the download.

export type XesarConfigFromZip = { caPem: string; certPem: string; keyPem: string; userId: string; token: string; brokerAddress?: string };

const FILES = { "ca.pem": "Ca", "mqtt.pem": "Cert", "mqtt.key": "Key", "api.properties": "Properties" } as const;
type ConfigFile = keyof typeof FILES;
/** Each file is a few kilobytes; a larger entry is not from Xesar (or a zip bomb). */
const MAX_ENTRY_BYTES = 64 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const fail = (key: string) => new AppError("VALIDATION", `cockpitIntegrations.errors.${key}`, { configZip: [`cockpitIntegrations.errors.${key}`] });

export function decodeConfigZip(base64: string): Uint8Array {
  const bytes = Buffer.from(base64.replace(/^data:[^,]*,/, ""), "base64");
  if (bytes.length === 0) throw fail("zipUnreadable");
  if (bytes.length > MAX_CONFIG_ZIP_BYTES) throw fail("zipTooLarge");
  return new Uint8Array(bytes);
}

export function readXesarConfigZip(zip: Uint8Array): XesarConfigFromZip {
  if (zip.length > MAX_CONFIG_ZIP_BYTES) throw fail("zipTooLarge");
  const files = unpack(zip);
  const read = (file: ConfigFile) => {
    const content = files.get(file);
    if (content === undefined) throw fail(`zipMissing${FILES[file]}`);
    return content;
  };
  const [caPem, certPem, keyPem, propertiesText] = [read("ca.pem"), read("mqtt.pem"), read("mqtt.key"), read("api.properties")];
  checkPems({ caPem, certPem, keyPem });
  const properties = parseProperties(propertiesText);
  const userId = properties.userid ?? "";
  const token = properties.token ?? "";
  if (!UUID.test(userId)) throw fail("zipNoUserId");
  if (!token) throw fail("zipNoToken");
  const address = properties["broker.address"];
  const port = properties["broker.port"];
  const brokerAddress = address ? (port && !/:\d+$/.test(address) ? `${address}:${port}` : address) : undefined;
  return { caPem, certPem, keyPem, userId, token, ...(brokerAddress ? { brokerAddress } : {}) };
}

/** Entries by base name: operators often zip the folder, so the files may sit one level down. */
function unpack(zip: Uint8Array): Map<string, string> {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zip, {
      filter: (file) => {
        const wanted = baseName(file.name) in FILES;
        if (wanted && file.originalSize > MAX_ENTRY_BYTES) throw fail("zipEntryTooLarge");
        return wanted;
      },
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw fail("zipUnreadable");
  }
  const files = new Map<string, string>();
  for (const [path, content] of Object.entries(entries)) {
    if (content.length > MAX_ENTRY_BYTES) throw fail("zipEntryTooLarge");
    const file = baseName(path);
    if (files.has(file)) throw fail("zipAmbiguous");
    files.set(file, Buffer.from(content).toString("utf8"));
  }
  return files;
}

function checkPems({ caPem, certPem, keyPem }: { caPem: string; certPem: string; keyPem: string }): void {
  const certificate = (pem: string, key: string) => {
    try {
      return new X509Certificate(pem);
    } catch {
      throw fail(key);
    }
  };
  certificate(caPem, "zipBadCa");
  const client = certificate(certPem, "zipBadCert");
  let privateKey;
  try {
    privateKey = createPrivateKey(keyPem);
  } catch {
    throw fail("zipBadKey");
  }
  if (!client.checkPrivateKey(privateKey)) throw fail("zipKeyMismatch");
}

/** Java properties as Xesar writes them: key=value (or key: value), # and ! comments. */
export function parseProperties(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith("#") || line.startsWith("!")) continue;
    const at = line.search(/[=:]/);
    if (at < 0) continue;
    result[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
  }
  return result;
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
