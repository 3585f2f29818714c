import type { DoorEvent, DriverCapabilities, GrantRefs, GrantRequest, LockDriver, TimeWindow, VendorGrant } from "../types";
import { changeMediumWindow } from "./change-window";
import { XesarConnection } from "./connection";
import { listInstallationDoors, openInstallationPoint, verifyInstallation } from "./doors";
import { COMMANDS } from "./envelopes";
import { lockErrorForSilence, lockErrorFromVendor } from "./errors";
import { grantMobileKey } from "./grant";
import { assertTimeZone } from "./local-time";
import { mapAccessProtocolEvent } from "./mapper";
import { readGrantByRefs, readMedium, requireMediumId, type ReadContext } from "./medium-read";
import { XesarRequests } from "./requests";
import { accessProtocolEventSchema } from "./schemas";
import { parseTopic } from "./topics";

// EVVA Xesar 3.x over Xesar Connect (MQTT, mutual TLS). Spec: ../../shared/vendors/xesar-connect.md.

export type XesarDriverOptions = {
  /** mqtts://host:port (mutual TLS with the three PEMs) or mqtt://host:port (plain, e.g. a local broker). */
  brokerUrl: string;
  caPem?: string;
  certPem?: string;
  keyPem?: string;
  userId: string;
  token: string;
  /** IANA zone of the installation: Xesar dates are local date-times without offset. */
  installationTimeZone: string;
  /** How long to wait for the event or error answering a command or query (default 5000, as the reference client). */
  commandTimeoutMs?: number;
  /** How long a call waits for a (re)connection before failing with "unavailable" (default 10000). */
  connectTimeoutMs?: number;
  reconnectPeriodMs?: number;
  /** The clock that decides "expired" (tests). */
  now?: () => Date;
};

const CAPABILITIES: DriverCapabilities = {
  credentialTypes: ["mobile_key"],
  changeWindowInPlace: true,
  zones: true,
  remoteOpen: true,
  resendActivation: true,
  doorEvents: "push",
};

export function createXesarDriver(options: XesarDriverOptions): LockDriver {
  return new XesarDriver(options);
}

class XesarDriver implements LockDriver {
  readonly vendor = "xesar" as const;
  readonly capabilities = CAPABILITIES;
  private readonly connection: XesarConnection;
  private readonly ctx: ReadContext;

  constructor(options: XesarDriverOptions) {
    assertTimeZone(options.installationTimeZone);
    this.connection = new XesarConnection({
      brokerUrl: options.brokerUrl,
      caPem: options.caPem,
      certPem: options.certPem,
      keyPem: options.keyPem,
      userId: options.userId,
      connectTimeoutMs: options.connectTimeoutMs ?? 10_000,
      reconnectPeriodMs: options.reconnectPeriodMs ?? 1_000,
    });
    const requests = new XesarRequests(this.connection, {
      userId: options.userId,
      token: options.token,
      timeoutMs: options.commandTimeoutMs ?? 5_000,
    });
    this.ctx = { requests, timeZone: options.installationTimeZone, now: options.now ?? (() => new Date()) };
  }

  verify() {
    return verifyInstallation(this.ctx.requests, this.ctx.timeZone);
  }

  listDoors() {
    return listInstallationDoors(this.ctx.requests);
  }

  grant(request: GrantRequest): Promise<VendorGrant> {
    return grantMobileKey(this.ctx, request);
  }

  readGrant(refs: GrantRefs): Promise<VendorGrant> {
    return readGrantByRefs(this.ctx, refs);
  }

  /** In place: same medium, same activated phone; the request's targets become the medium's authorizations. */
  changeWindow(refs: GrantRefs, window: TimeWindow, request: GrantRequest): Promise<VendorGrant> {
    return changeMediumWindow(this.ctx, refs, window, request.targets);
  }

  async revoke(refs: GrantRefs): Promise<void> {
    const mediumId = requireMediumId(refs);
    const outcome = await this.ctx.requests.command(COMMANDS.revokeSmartphone, { id: mediumId });
    if (outcome.kind === "event") return;
    if (outcome.kind === "silence") throw lockErrorForSilence("RevokeSmartphone", outcome.cause);
    // A retried revoke meets an already revoked medium: that is the wanted state, not a failure.
    if (outcome.status === 409 && (await readMedium(this.ctx, mediumId)).mediumState.toUpperCase() === "REVOKED") return;
    throw lockErrorFromVendor(outcome.status, outcome.reason, "RevokeSmartphone");
  }

  async resendActivation(refs: GrantRefs): Promise<void> {
    const outcome = await this.ctx.requests.command(COMMANDS.requestNewRegistrationCode, { id: requireMediumId(refs) });
    if (outcome.kind === "error") throw lockErrorFromVendor(outcome.status, outcome.reason, "RequestNewRegistrationCode");
    if (outcome.kind === "silence") throw lockErrorForSilence("RequestNewRegistrationCode", outcome.cause);
  }

  openDoor(doorVendorId: string): Promise<void> {
    return openInstallationPoint(this.ctx, doorVendorId);
  }

  onDoorEvent(listener: (event: DoorEvent) => void): () => void {
    const off = this.connection.onMessage((topic, payload) => {
      const parsedTopic = parseTopic(topic);
      if (parsedTopic.kind !== "access_protocol") return;
      const event = accessProtocolEventSchema.safeParse(parseJsonSafely(payload));
      if (!event.success) return;
      const mapped = mapAccessProtocolEvent(parsedTopic.group, parsedTopic.eventNumber, event.data);
      if (mapped) listener(mapped);
    });
    // Events only flow while connected; a failure here shows up on the next call, and mqtt.js keeps retrying.
    this.connection.whenReady().catch(() => undefined);
    return off;
  }

  close(): Promise<void> {
    return this.connection.close();
  }
}

function parseJsonSafely(payload: Buffer): unknown {
  try {
    return JSON.parse(payload.toString("utf8"));
  } catch {
    return null;
  }
}
