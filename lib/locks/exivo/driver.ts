import type { DoorEvent, DriverCapabilities, GrantRefs, GrantRequest, LockDriver, TimeWindow, VendorGrant } from "../types";
import { LockError } from "../types";
import { createExivoApi } from "./api";
import { issueGrant, readExivoGrant, replaceExivoGrant, revokeExivoGrant, type GrantContext } from "./grants";
import { createExivoHttpClient, type ExivoHttpOptions } from "./http-client";
import { createTopologyCache } from "./topology";
import { parseRefs, toDoorInfos } from "./mapper";
import { parseExivoWebhook, type WebhookHeaders } from "./webhook";

export type ExivoDriverOptions = ExivoHttpOptions & {
  /** Legic ID of the dormakaba mobile app (digits); needed for mobile keys only. */
  mobileAppId?: string;
  mobileAppName?: string;
  /** The header value configured for webhooks in the exivo app; without it every webhook is refused. */
  webhookAuth?: string;
  /** Header carrying it; default Authorization. */
  webhookAuthHeader?: string;
};

export type ExivoDriver = LockDriver & {
  /** Feed one webhook request (from the app's webhook route). Throws LockError auth / validation. */
  handleWebhook(headers: WebhookHeaders, body: unknown): DoorEvent | null;
};

export const EXIVO_CAPABILITIES: DriverCapabilities = {
  credentialTypes: ["pin_link", "pin", "mobile_key"],
  changeWindowInPlace: false,
  zones: true,
  remoteOpen: true,
  // The swagger has no resend for visits nor digital-key visits (see resendActivation).
  resendActivation: false,
  doorEvents: "webhook",
};

export function createExivoDriver(options: ExivoDriverOptions): ExivoDriver {
  const api = createExivoApi(createExivoHttpClient(options));
  const ctx: GrantContext = {
    api,
    topology: createTopologyCache(api),
    mobileApp: options.mobileAppId ? { id: options.mobileAppId, ...(options.mobileAppName ? { name: options.mobileAppName } : {}) } : undefined,
  };
  const listeners = new Set<(event: DoorEvent) => void>();

  return {
    vendor: "exivo",
    capabilities: EXIVO_CAPABILITIES,

    async verify() {
      const info = await api.getSiteInfo();
      return { siteName: info.name, ...(info.timeZone ? { timeZone: info.timeZone } : {}) };
    },

    async listDoors() {
      // What the admin syncs is also what the next grants resolve against.
      const { components, zones } = await ctx.topology.refresh();
      return toDoorInfos(components, zones);
    },

    // async, so that bad refs reject the promise instead of throwing synchronously.
    grant: async (request: GrantRequest): Promise<VendorGrant> => issueGrant(ctx, request),
    readGrant: async (refs: GrantRefs) => readExivoGrant(ctx, parseRefs(refs)),
    changeWindow: async (refs: GrantRefs, window: TimeWindow, request: GrantRequest) =>
      replaceExivoGrant(ctx, parseRefs(refs), { ...request, window }),
    revoke: async (refs: GrantRefs) => revokeExivoGrant(ctx, parseRefs(refs)),

    async resendActivation(refs: GrantRefs) {
      parseRefs(refs);
      throw new LockError({
        code: "validation",
        message: "exivo cannot resend a visit link or a digital key: revoke the access and grant it anew (a new link and PIN).",
      });
    },

    openDoor: async (doorVendorId: string) => api.unlockComponent(doorVendorId),

    onDoorEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    handleWebhook(headers, body) {
      const event = parseExivoWebhook(headers, body, options.webhookAuth ?? "", options.webhookAuthHeader);
      // A throwing listener must not turn an authentic webhook into an error answer (exivo would redeliver).
      if (event) for (const listener of listeners) {
        try {
          listener(event);
        } catch (error) {
          console.error("exivo door event listener failed", error);
        }
      }
      return event;
    },

    async close() {
      listeners.clear();
    },
  };
}
