// Child process of scripts/bench-access.ts: the exivo simulator in its own process, as a real lock system is
// on its own machine, so its CPU time does not count as Keyslot's. Prints its connection data as one JSON
// line; controlled over its /_sim API; ends when its parent closes stdin.
import { startExivoSimulator } from "@/lib/locks/exivo/simulator/server";

const sim = await startExivoSimulator({ clock: new Date("2027-05-01T00:00:00Z") });
process.stdout.write(`${JSON.stringify({ baseUrl: sim.baseUrl, origin: sim.origin, site: sim.site, pid: process.pid })}\n`);
process.stdin.resume();
process.stdin.on("end", () => void sim.close().finally(() => process.exit(0)));
