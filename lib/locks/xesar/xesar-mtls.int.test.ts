import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LockError, type LockDriver } from "../types";
import { createXesarDriver, type XesarDriverOptions } from "./driver";
import { createCertificateAuthority, issueCertificate, type PemPair } from "./simulator/certificates";
import { startXesarSimulator, type XesarSimulator } from "./simulator/start-simulator";
import { xesarDriverOptionsFor } from "./testing/harness";

// Mutual TLS is real: the simulator's broker lets in only clients whose certificate its own CA signed.

describe("xesar: mutual TLS", () => {
  let simulator: XesarSimulator;
  let foreign: PemPair;
  const drivers: LockDriver[] = [];

  beforeAll(async () => {
    simulator = await startXesarSimulator({ controlPort: null });
    // The same user id and a well-formed certificate, but from a CA the broker does not trust.
    foreign = issueCertificate(createCertificateAuthority("Somebody else's CA"), simulator.apiUser.userId, "client");
  });
  afterAll(async () => {
    for (const driver of drivers) await driver.close();
    await simulator?.close();
  });

  const driverWith = (overrides: Partial<XesarDriverOptions>) => {
    // A long reconnect period: one refused attempt is the whole story.
    const driver = createXesarDriver(xesarDriverOptionsFor(simulator, { connectTimeoutMs: 5_000, reconnectPeriodMs: 60_000, ...overrides }));
    drivers.push(driver);
    return driver;
  };

  const expectRefused = async (driver: LockDriver) => {
    const error = await driver.verify().then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(LockError);
    expect(["unavailable", "auth"]).toContain((error as LockError).code);
  };

  it("a driver with the API user's certificate connects and verifies", async () => {
    const verified = await driverWith({}).verify();
    expect(verified.timeZone).toBe("Europe/Vienna");
  });

  it("a client certificate from another CA cannot connect", async () => {
    await expectRefused(driverWith({ certPem: foreign.certPem, keyPem: foreign.keyPem }));
  });

  it("a client without a certificate cannot connect", async () => {
    await expectRefused(driverWith({ certPem: undefined, keyPem: undefined }));
  });

  it("a driver that does not trust the broker's CA refuses the broker (auth: a configuration problem)", async () => {
    const otherCa = createCertificateAuthority("Not the broker's CA");
    const driver = driverWith({ caPem: otherCa.certPem });
    await expect(driver.verify()).rejects.toMatchObject({ code: "auth", retryable: false });
  });

  it("a valid certificate with a wrong token is refused by the server (401 -> auth)", async () => {
    const driver = driverWith({ token: "not-the-token" });
    await expect(driver.verify()).rejects.toMatchObject({ code: "auth", retryable: false, vendorStatus: 401 });
  });
});
