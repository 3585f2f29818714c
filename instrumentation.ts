// Next calls register() once per server process before it serves requests.
export async function register() {
  // NEXT_RUNTIME is set by Next itself (not app configuration), so it is read here and not in lib/env.ts.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startKeyslot } = await import("./lib/server/startup");
  await startKeyslot();
}
