// Worker ids registered by lib/jobs/worker.ts; waking them after a commit makes a job start at once
// instead of at the next poll.
const holder = globalThis as typeof globalThis & { __keyslotWake?: Set<() => void> };
holder.__keyslotWake ??= new Set();

export function registerWaker(wake: () => void): () => void {
  holder.__keyslotWake!.add(wake);
  return () => holder.__keyslotWake!.delete(wake);
}

export function wakeJobWorkers(): void {
  for (const wake of holder.__keyslotWake!) wake();
}
