import type { AccessTarget, CredentialRequest, LockDriver, LockErrorCode, VendorGrant } from "../types";

/** A fault a simulator can inject, and what the driver must turn it into. */
export type InjectedFault =
  | { kind: "status"; status: 400 | 401 | 403 | 404 | 409 | 429 | 500 | 503; count?: number; retryAfterSeconds?: number }
  | { kind: "latency"; ms: number }
  /** The simulator swallows its answer: the driver must report status unknown / a timeout, never success. */
  | { kind: "drop_answers"; count?: number }
  /** Revoke answers OK but the credential keeps working. */
  | { kind: "lying_revoke" }
  | { kind: "offline_door"; doorVendorId: string }
  | { kind: "disconnect" };

export type ExpectedFaultError = { fault: InjectedFault; code: LockErrorCode; retryable: boolean };

/**
 * What the contract suite needs from a vendor: a driver connected to that vendor's simulator with the demo
 * installation, and the simulator's test controls. One implementation per vendor, in lib/locks/<vendor>/.
 */
export interface LockContractHarness {
  driver: LockDriver;
  /** The credential type the suite grants with on this vendor. */
  credential: CredentialRequest;
  /** Two distinct selectable doors of the demo installation, as targets, plus their door vendor ids. */
  doors: { granted: AccessTarget & { doorVendorId: string }; other: AccessTarget & { doorVendorId: string } };
  /** A zone target and one door inside it. */
  zone: { target: AccessTarget; memberDoorVendorId: string };
  /** The simulator's clock (it decides whether a window is open). */
  setClock(at: Date): void;
  /** Makes a mobile key usable (completes its registration); no-op for PIN credentials. */
  activate(grant: VendorGrant): Promise<void>;
  /** Uses the grant's credential at a door at the simulator's current time, as the real lock would judge it. */
  attemptAccess(grant: VendorGrant, doorVendorId: string): Promise<"permitted" | "denied">;
  /** How many credentials (media, visits) the simulator holds in total, revoked ones included. */
  countCredentials(): Promise<number>;
  injectFault(fault: InjectedFault): void;
  clearFaults(): void;
  /** Faults this vendor's driver must map, with the normalised error expected from a grant() call. */
  expectedFaultErrors: ExpectedFaultError[];
  close(): Promise<void>;
}
