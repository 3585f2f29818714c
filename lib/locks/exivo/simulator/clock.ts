// The simulator's clock decides whether a window is open and whether a visit has expired. Tests freeze it at
// a chosen instant; the demo lets it follow real time (optionally shifted).

export type SimClock = {
  now(): Date;
  /** Freezes the clock at `at`. */
  set(at: Date): void;
  /** Moves it forward (or back, with a negative value), frozen or not. */
  advance(ms: number): void;
  /** Back to real time. */
  useRealTime(): void;
};

export function createSimClock(initial?: Date): SimClock {
  let frozen: number | undefined = initial?.getTime();
  let offset = 0;
  return {
    now: () => new Date(frozen ?? Date.now() + offset),
    set(at) {
      frozen = at.getTime();
    },
    advance(ms) {
      if (frozen !== undefined) frozen += ms;
      else offset += ms;
    },
    useRealTime() {
      frozen = undefined;
      offset = 0;
    },
  };
}
