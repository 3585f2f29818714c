import http, { type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createSimClock } from "./clock";
import { createControl, type ExivoSimulatorControl } from "./control";
import { handleControlRequest } from "./control-routes";
import { createDemoInstallation, type ExivoInstallation } from "./demo-installation";
import { createFaultBox } from "./faults";
import { sendJson } from "./http-io";
import { handleLinkRequest } from "./link-routes";
import { createSimState } from "./state";
import { loadSwaggerValidator } from "./swagger-validator";
import { handleVendorRequest, type VendorDeps } from "./vendor-api";
import { createWebhookSender, type WebhookConfig } from "./webhooks";

export type ExivoSimulatorOptions = {
  /** 0 (default) = a random free port. */
  port?: number;
  /** Default 127.0.0.1: the simulator is never reachable from elsewhere unless asked. */
  host?: string;
  /** Default: the swagger's basePath (/v1). */
  basePath?: string;
  /** Default: ../shared/vendors/exivo-api.swagger.json from the working directory. */
  swaggerPath?: string;
  installation?: ExivoInstallation;
  webhook?: WebhookConfig;
  /** Freezes the simulator clock at this instant; default real time. */
  clock?: Date;
  /** Origin used in visit links when the simulator is reached under another name (demo behind a proxy). */
  publicOrigin?: string;
};

export type ExivoSimulator = {
  /** The API base, e.g. http://127.0.0.1:41234/v1: what a driver's baseUrl is set to. */
  baseUrl: string;
  origin: string;
  site: { siteId: string; apiKey: string; apiSecret: string };
  control: ExivoSimulatorControl;
  close(): Promise<void>;
};

export async function startExivoSimulator(options: ExivoSimulatorOptions = {}): Promise<ExivoSimulator> {
  const validator = loadSwaggerValidator(options.swaggerPath);
  const basePath = (options.basePath ?? validator.basePath).replace(/\/+$/, "");
  const installation = options.installation ?? createDemoInstallation();
  const state = createSimState(installation, createSimClock(options.clock));
  const faults = createFaultBox();
  let webhook = options.webhook;
  const sendWebhook = createWebhookSender(state, () => webhook);
  const held = new Set<ServerResponse>();
  const deps: VendorDeps = { state, faults, sendWebhook, origin: "", validator, basePath, held };
  const control = createControl(deps, { set: (config) => (webhook = config) });

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://simulator");
    const path = url.pathname;
    let handled: Promise<void>;
    if (path.startsWith("/_sim/")) handled = handleControlRequest(control, req, res, path);
    else if (path.startsWith("/visit/")) handled = handleLinkRequest(deps, req, res, path);
    else if (path.startsWith(`${basePath}/`)) handled = handleVendorRequest(deps, req, res, url);
    else handled = Promise.resolve(sendJson(res, 404, { message: "Not found" }));
    handled.catch((error: unknown) => {
      if (res.headersSent) return void res.destroy();
      sendJson(res, 500, { message: error instanceof Error ? error.message : String(error) });
    });
  });

  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host}:${port}`;
  deps.origin = options.publicOrigin ?? origin;

  return {
    baseUrl: `${origin}${basePath}`,
    origin,
    site: { siteId: installation.site.siteId, apiKey: installation.site.apiKey, apiSecret: installation.site.apiSecret },
    control,
    async close() {
      for (const res of held) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
