import { describe, expect, it } from "vitest";
import { strToU8, zipSync } from "fflate";
import { normaliseBrokerUrl } from "./schemas";
import { decodeConfigZip, parseProperties, readXesarConfigZip } from "./xesar-config-zip";

const errorOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error as { code: string; message: string; fieldErrors?: Record<string, string[]> };
  }
  throw new Error("expected a refusal");
};

describe("the Xesar configuration zip", () => {
  it("names the first missing file, before looking at any content", () => {
    const zip = zipSync({ "ca.pem": strToU8("x"), "mqtt.pem": strToU8("x"), "api.properties": strToU8("userid=x") });
    expect(errorOf(() => readXesarConfigZip(zip))).toMatchObject({
      code: "VALIDATION",
      message: "cockpitIntegrations.errors.zipMissingKey",
      fieldErrors: { configZip: ["cockpitIntegrations.errors.zipMissingKey"] },
    });
  });

  it("refuses what is not a zip, an oversized upload and an oversized entry", () => {
    expect(errorOf(() => readXesarConfigZip(strToU8("plain text")))).toMatchObject({ message: "cockpitIntegrations.errors.zipUnreadable" });
    expect(errorOf(() => decodeConfigZip(Buffer.alloc(300 * 1024).toString("base64")))).toMatchObject({ message: "cockpitIntegrations.errors.zipTooLarge" });
    expect(errorOf(() => decodeConfigZip(""))).toMatchObject({ message: "cockpitIntegrations.errors.zipUnreadable" });
    // Compresses to almost nothing, unpacks to 1 MB: refused before it is inflated.
    const bomb = zipSync({ "mqtt.key": new Uint8Array(1024 * 1024) });
    expect(errorOf(() => readXesarConfigZip(bomb))).toMatchObject({ message: "cockpitIntegrations.errors.zipEntryTooLarge" });
  });

  it("refuses certificates that are not certificates", () => {
    const zip = zipSync({ "ca.pem": strToU8("nope"), "mqtt.pem": strToU8("nope"), "mqtt.key": strToU8("nope"), "api.properties": strToU8("") });
    expect(errorOf(() => readXesarConfigZip(zip))).toMatchObject({ message: "cockpitIntegrations.errors.zipBadCa" });
  });
});

describe("api.properties and the broker address", () => {
  it("reads key=value and key: value lines, skipping comments", () => {
    expect(parseProperties("# Xesar\n! also a comment\nbroker.address = xesar.local\nuserid: 0b9f3a52-8c1d-4e7a-9f10-2a3b4c5d6e7f\r\ntoken=a=b\n")).toEqual({
      "broker.address": "xesar.local",
      userid: "0b9f3a52-8c1d-4e7a-9f10-2a3b4c5d6e7f",
      token: "a=b",
    });
  });

  it.each([
    ["xesar.example.com:1883", "mqtts://xesar.example.com:1883"],
    ["mqtts://xesar.example.com:8883", "mqtts://xesar.example.com:8883"],
    ["mqtt://127.0.0.1:1883", "mqtt://127.0.0.1:1883"],
  ])("%s -> %s", (input, expected) => {
    expect(normaliseBrokerUrl(input)).toBe(expected);
  });
});
