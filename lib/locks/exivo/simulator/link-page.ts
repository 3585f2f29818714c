import { escapeHtml as e } from "./http-io";

// The page behind a visit's link, as plain server-rendered HTML that works on a phone: a PIN form, then the
// visit's doors with an "Open" button each. No scripts, so it works in any browser and in e2e tests alike.

const STYLE = `body{font-family:system-ui,sans-serif;margin:0;padding:1.25rem;max-width:28rem;margin-inline:auto;color:#1a1a1a}
h1{font-size:1.35rem}label{display:block;margin:.75rem 0 .25rem}input{font-size:1.4rem;padding:.6rem;width:100%;box-sizing:border-box;letter-spacing:.3em}
button{font-size:1.1rem;padding:.7rem 1.2rem;border:0;border-radius:.5rem;background:#003594;color:#fff;width:100%}
ul{list-style:none;padding:0}li{display:flex;gap:.75rem;align-items:center;justify-content:space-between;padding:.6rem 0;border-bottom:1px solid #ddd}
li button{width:auto}.notice{padding:.75rem;border-radius:.5rem;background:#eef6ee}.error{background:#fbeaea}.muted{color:#555}`;

function layout(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>`;
}

export function renderLogin(input: { siteName: string; token: string; error?: string }): string {
  return layout(
    `Access – ${input.siteName}`,
    `<h1>${e(input.siteName)}</h1><p class="muted">Enter the code you received separately.</p>
${input.error ? `<p class="notice error" role="alert">${e(input.error)}</p>` : ""}
<form method="post" action="/visit/${e(input.token)}/login"><label for="pin">Code</label>
<input id="pin" name="pin" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{4,6}" required>
<p><button type="submit">LOGIN</button></p></form>`,
  );
}

export type DoorRow = { id: string; name: string };

export function renderDoors(input: { siteName: string; token: string; period: string; doors: DoorRow[]; notice?: { text: string; error?: boolean } }): string {
  const rows = input.doors
    .map(
      (door) => `<li><span>${e(door.name)}</span><form method="post" action="/visit/${e(input.token)}/open">
<input type="hidden" name="componentId" value="${e(door.id)}"><button type="submit" aria-label="Open ${e(door.name)}">Open</button></form></li>`,
    )
    .join("");
  const notice = input.notice ? `<p class="notice${input.notice.error ? " error" : ""}" role="status">${e(input.notice.text)}</p>` : "";
  return layout(
    `Doors – ${input.siteName}`,
    `<h1>${e(input.siteName)}</h1><p>Access period: <strong>${e(input.period)}</strong></p>${notice}<ul>${rows}</ul>`,
  );
}

export function renderMessage(title: string, text: string): string {
  return layout(title, `<h1>${e(title)}</h1><p>${e(text)}</p>`);
}

export function formatPeriod(validFrom: string, validTo: string, timeZone: string): string {
  const format = new Intl.DateTimeFormat("en-GB", { timeZone, dateStyle: "medium", timeStyle: "short" });
  return `${format.format(new Date(validFrom))} – ${format.format(new Date(validTo))} (${timeZone})`;
}
