import type { SimState } from "./state";

// Door events go out like exivo's webhooks: POST {name, occurredAt, payload} with the header the admin
// configured in the exivo app. Deliveries are awaited and recorded, so tests can assert on them without polling.

export type WebhookConfig = { url: string; headerName?: string; headerValue: string };
export type WebhookSender = (name: string, payload: Record<string, unknown>) => Promise<void>;

export function createWebhookSender(state: SimState, getConfig: () => WebhookConfig | undefined): WebhookSender {
  return async (name, payload) => {
    const body = { name, occurredAt: state.clock.now().toISOString(), payload };
    const config = getConfig();
    if (!config) {
      state.webhookDeliveries.push({ name, body, error: "no webhook configured" });
      return;
    }
    try {
      const response = await fetch(config.url, {
        method: "POST",
        headers: { "content-type": "application/json", [config.headerName ?? "authorization"]: config.headerValue },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(5_000),
      });
      await response.arrayBuffer();
      state.webhookDeliveries.push({ name, body, status: response.status });
    } catch (error) {
      state.webhookDeliveries.push({ name, body, error: error instanceof Error ? error.message : String(error) });
    }
  };
}
