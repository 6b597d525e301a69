/**
 * A fake clock for timeouts: while `run` executes, every `setTimeout` of exactly
 * `delay` ms fires on the next task instead, as if that much time had passed
 * at once. Timeout paths are then tested without waiting on the real clock and
 * without depending on the machine's speed (pick a `delay` nothing else uses).
 */
export async function withTimeoutsDue<T>(delay: number, run: () => Promise<T>): Promise<T> {
  const real = window.setTimeout;
  window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => real(handler, ms === delay ? 0 : ms, ...args)) as typeof window.setTimeout;
  try {
    return await run();
  } finally {
    window.setTimeout = real;
  }
}
