// Optional CPU profile of a benchmark's measured part (BENCH_CPU_PROFILE=<file>): only the bursts, not the
// set-up or the baseline around them. Open the file in Chrome DevTools (Performance) or speedscope.
import { writeFile } from "node:fs/promises";
import { Session } from "node:inspector/promises";

export async function profileWhile<T>(file: string | undefined, work: () => Promise<T>): Promise<T> {
  if (!file) return work();
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.start");
  try {
    return await work();
  } finally {
    const { profile } = await session.post("Profiler.stop");
    await writeFile(file, JSON.stringify(profile));
    session.disconnect();
  }
}
