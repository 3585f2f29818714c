import type { AuthorizationData } from "../envelopes";
import { toInstallationLocal } from "../local-time";

// What the simulated Xesar server keeps: the installation (points, zones), persons, media, the SMS outbox,
// a log of every command and query received, and its own clock (it decides windows and code validity).

export type OnlineStatus = "connected" | "disconnected" | "offline";

export type SimInstallationPoint = {
  id: string;
  name: string;
  description: string | null;
  installationId: string;
  componentType: string;
  onlineStatus: OnlineStatus;
  accessId: number;
  timeProfileId: string | null;
};

export type SimZone = { id: string; name: string; description: string | null; partitionId: string; installationPoints: string[] };

export type SimPerson = {
  id: string;
  firstName: string;
  lastName: string;
  identifier: string | null;
  externalId: string | null;
  partitionId: string;
  defaultAuthorizationProfileId: string | null;
};

export type SimMedium = {
  id: string;
  label: string | null;
  mediumType: "SMARTPHONE";
  personId: string;
  phoneNumber: string;
  messageLanguage: string | null;
  accessBeginAt: string;
  accessEndAt: string;
  validityBeginAt: string;
  validityEndAt: string;
  validityDuration: number | null;
  /** The medium's individual authorization profile (one per medium), holding `authorizations`. */
  individualAuthorizationProfileIds: string[];
  authorizations: AuthorizationData[];
  mediumState: "NEW" | "ACTIVE" | "REVOKED";
  registrationState: "REGISTRATION_REQUESTED" | "COMPLETED";
  registrationCode: string;
  registrationCodeValidUntil: string;
  mediumIdentifier: number;
  issuedAt: string;
};

export type SimSms = { to: string; text: string; code: string; mediumId: string; sentAt: Date; validUntil: Date };

export type ReceivedMessage = { kind: "command" | "query"; name: string; payload: Record<string, unknown>; receivedAt: Date };

/** A Xesar error answer: published on `xs3/1/<userId>/err` with this HTTP-like status. */
export class SimulatorError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const MAX_RECEIVED = 5_000;

export class InstallationState {
  readonly points = new Map<string, SimInstallationPoint>();
  readonly zones = new Map<string, SimZone>();
  readonly persons = new Map<string, SimPerson>();
  readonly media = new Map<string, SimMedium>();
  readonly outbox: SimSms[] = [];
  readonly received: ReceivedMessage[] = [];
  readonly receivedListeners = new Set<(message: ReceivedMessage) => void>();
  clock: Date;
  private nextMediumIdentifier = 1;

  constructor(
    readonly timeZone: string,
    installation: { points: SimInstallationPoint[]; zones: SimZone[] },
    clock: Date,
  ) {
    for (const point of installation.points) this.points.set(point.id, { ...point });
    for (const zone of installation.zones) this.zones.set(zone.id, { ...zone, installationPoints: [...zone.installationPoints] });
    this.clock = clock;
  }

  localNow(): string {
    return toInstallationLocal(this.clock, this.timeZone);
  }

  toLocal(instant: Date): string {
    return toInstallationLocal(instant, this.timeZone);
  }

  recordReceived(message: ReceivedMessage): void {
    // A demo simulator runs for days: keep the recent past, which is all a test ever looks at.
    if (this.received.length >= MAX_RECEIVED) this.received.splice(0, this.received.length - MAX_RECEIVED + 1);
    this.received.push(message);
    for (const listener of this.receivedListeners) listener(message);
  }

  takeMediumIdentifier(): number {
    return this.nextMediumIdentifier++;
  }

  requirePoint(id: string): SimInstallationPoint {
    const point = this.points.get(id);
    if (!point) throw new SimulatorError(404, `installation point ${id} not found`);
    return point;
  }

  requireMedium(id: string): SimMedium {
    const medium = this.media.get(id);
    if (!medium) throw new SimulatorError(404, `identification medium ${id} not found`);
    return medium;
  }

  requirePerson(id: string): SimPerson {
    const person = this.persons.get(id);
    if (!person) throw new SimulatorError(404, `person ${id} not found`);
    return person;
  }

  findMediumByProfile(profileId: string): SimMedium | undefined {
    return [...this.media.values()].find((medium) => medium.individualAuthorizationProfileIds.includes(profileId));
  }
}
