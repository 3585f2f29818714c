// CPU time spent during a benchmark's measured part, per party: this process (Keyslot: app + workers), the
// simulator's process, the PostgreSQL server's processes, and the whole machine. Latency on a shared 2-core
// machine is noisy; CPU per booking is the steadier figure for what a change costs. Linux (/proc) only.
import { readFileSync, readdirSync } from "node:fs";

const TICK_MS = 10; // USER_HZ is 100 on Linux

export type CpuSnapshot = { self: number; simulator: number; database: number; machine: number };

function processTicks(pid: number | string): number {
  try {
    // Fields after the command name (which may contain spaces): utime is the 14th field, stime the 15th.
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0; // the process ended meanwhile
  }
}

function databaseTicks(): number {
  let ticks = 0;
  for (const pid of readdirSync("/proc")) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      if (readFileSync(`/proc/${pid}/comm`, "utf8").startsWith("postgres")) ticks += processTicks(pid);
    } catch {
      // gone
    }
  }
  return ticks;
}

function machineTicks(): number {
  const [, ...values] = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/);
  const [user, nice, system, , , irq, softirq, steal] = values.map(Number);
  return user! + nice! + system! + irq! + softirq! + steal!;
}

/** `workerPid`: Keyslot's job workers when they run in a process of their own (counted as Keyslot). */
export function cpuSnapshot(simulatorPid: number, workerPid?: number): CpuSnapshot {
  const self = process.cpuUsage();
  const worker = workerPid ? processTicks(workerPid) * TICK_MS : 0;
  return { self: (self.user + self.system) / 1000 + worker, simulator: processTicks(simulatorPid) * TICK_MS, database: databaseTicks() * TICK_MS, machine: machineTicks() * TICK_MS };
}

/** CPU ms per unit of work between two snapshots, as one line. */
export function describeCpu(before: CpuSnapshot, after: CpuSnapshot, units: number, unit: string): string {
  const per = (key: keyof CpuSnapshot) => ((after[key] - before[key]) / units).toFixed(1);
  return `CPU per ${unit}: Keyslot ${per("self")} ms, PostgreSQL ${per("database")} ms, simulator ${per("simulator")} ms, whole machine ${per("machine")} ms (2 cores)`;
}
