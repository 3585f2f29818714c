// The vendor-neutral lock contract. Only code inside lib/locks/<vendor>/ knows vendor details; everything
// else (access engine, cockpit, CLI) talks to a LockDriver.

export type LockVendor = "xesar" | "exivo";

/** One entry of an Access Control Identifier: `accessPoint:ID` or `zone:ID`. */
export type AccessTarget = { kind: "accessPoint" | "zone"; id: string };

/** A half-open UTC window [start, end). */
export type TimeWindow = { start: Date; end: Date };

export type DoorKind = "access_point" | "zone" | "component" | "gateway";

export type DoorInfo = {
  vendorId: string;
  kind: DoorKind;
  name: string;
  /** False for gateways: they are never a door and must not be offered or accepted as a target. */
  selectable: boolean;
  /** For doors: the zones they belong to (exivo accessZones, Xesar zone membership). */
  zoneIds?: string[];
  /** For zones: the doors in it. */
  memberIds?: string[];
  online?: boolean;
};

export type CredentialType = "mobile_key" | "pin_link" | "pin";

export type Holder = {
  name: string;
  /** E.164; required for mobile keys and SMS delivery. */
  phone?: string | null;
  email?: string | null;
  language: "de" | "en";
  /** Stable Keyslot id of the person (user id or booking id), used to find them again at the vendor. */
  externalId: string;
};

export type CredentialRequest =
  | { type: "mobile_key" }
  /** PIN + digital-key link; the driver generates a PIN when none is given. */
  | { type: "pin_link"; pin?: string }
  | { type: "pin"; pin?: string };

export type GrantRequest = {
  /** Same key, same credential: a retry after a timeout must never create a second one. */
  idempotencyKey: string;
  holder: Holder;
  targets: AccessTarget[];
  window: TimeWindow;
  credential: CredentialRequest;
  /**
   * True only when no earlier call with this idempotency key can have reached the lock system (Keyslot's
   * first attempt for the grant): a driver that must search for an earlier credential itself (exivo has no
   * idempotency key) may skip that search. Absent or false: search as for any retry.
   */
  firstAttempt?: boolean;
};

/** Opaque vendor references of a grant, stored by Keyslot and handed back to the driver. */
export type GrantRefs = Record<string, string>;

export type VendorGrantStatus =
  | "in_progress" // ordered, not yet confirmed by the lock system
  | "activation_pending" // mobile key issued, holder has not activated it yet
  | "active" // usable
  | "revoked"
  | "expired"
  | "unknown"; // no answer in time: read back before doing anything else

export type IssuedCredential = {
  pin?: string;
  /** exivo's visit link (exivo sends it; Keyslot may show it too). */
  link?: string;
  /** Where the lock system sent an activation code or link, e.g. the holder's phone. */
  sentTo?: string;
  /** Until when a mobile key must be activated. */
  activateBy?: Date;
};

export type VendorGrant = {
  status: VendorGrantStatus;
  refs: GrantRefs;
  window: TimeWindow;
  /** Targets as the lock system holds them (zones may have been expanded to doors). */
  doorVendorIds: string[];
  credential?: IssuedCredential;
};

export type DoorEvent = {
  doorVendorId: string;
  result: "permitted" | "denied" | "unlocked" | "alarm";
  at: Date;
  /** References of the grant whose credential was used, when the lock system says. */
  refs?: GrantRefs;
  vendorEvent: string;
};

export type DriverCapabilities = {
  credentialTypes: CredentialType[];
  /** Xesar changes a medium's window in place; exivo revokes and creates anew (new PIN and link). */
  changeWindowInPlace: boolean;
  zones: boolean;
  remoteOpen: boolean;
  resendActivation: boolean;
  doorEvents: "push" | "webhook" | "none";
};

export type VerifyResult = { siteName: string; timeZone?: string };

export interface LockDriver {
  readonly vendor: LockVendor;
  readonly capabilities: DriverCapabilities;
  verify(): Promise<VerifyResult>;
  listDoors(): Promise<DoorInfo[]>;
  grant(request: GrantRequest): Promise<VendorGrant>;
  /** Status from the lock system's own state, not from what Keyslot remembers. */
  readGrant(refs: GrantRefs): Promise<VendorGrant>;
  /** Returns the grant as it now stands; its refs and credential may be new (exivo). */
  changeWindow(refs: GrantRefs, window: TimeWindow, request: GrantRequest): Promise<VendorGrant>;
  revoke(refs: GrantRefs): Promise<void>;
  /** A new activation code / link for a mobile key or visit. */
  resendActivation(refs: GrantRefs): Promise<void>;
  openDoor(doorVendorId: string): Promise<void>;
  /** Door events pushed by the lock system (MQTT, or webhooks handed to the driver); returns unsubscribe. */
  onDoorEvent(listener: (event: DoorEvent) => void): () => void;
  close(): Promise<void>;
}

export type LockErrorCode = "auth" | "not_found" | "validation" | "conflict" | "rate_limited" | "unavailable" | "timeout" | "vendor";

/** Every driver failure is one of these; `retryable` tells the access engine whether to try again. */
export class LockError extends Error {
  readonly code: LockErrorCode;
  readonly retryable: boolean;
  /** From Retry-After, when the vendor said. */
  readonly retryAfterMs?: number;
  readonly vendorStatus?: number;

  constructor(init: { code: LockErrorCode; message: string; retryable?: boolean; retryAfterMs?: number; vendorStatus?: number }) {
    super(init.message);
    this.name = "LockError";
    this.code = init.code;
    this.retryable = init.retryable ?? DEFAULT_RETRYABLE[init.code];
    this.retryAfterMs = init.retryAfterMs;
    this.vendorStatus = init.vendorStatus;
  }
}

const DEFAULT_RETRYABLE: Record<LockErrorCode, boolean> = {
  auth: false,
  not_found: false,
  validation: false,
  conflict: false,
  rate_limited: true,
  unavailable: true,
  timeout: true,
  vendor: true,
};
