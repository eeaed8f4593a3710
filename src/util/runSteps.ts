/**
 * A build written once as a generator that `yield`s between small units of work can run two ways: straight
 * through (start-up, tools, tests) or in slices that give the event loop back between them (a hot reload, so
 * requests keep being served while the new index is built). Both ways run the same code, so both build the
 * same thing.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step at once. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * Runs steps until `sliceMs` have passed, then lets pending I/O and timers run (setImmediate) before the next
 * slice. One step longer than the slice still runs whole: slicing is only as fine as the steps.
 */
export async function runInSlices<T>(steps: Steps<T>, sliceMs = 8): Promise<T> {
  let deadline = performance.now() + sliceMs;
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() >= deadline) {
      await new Promise((resolve) => setImmediate(resolve));
      deadline = performance.now() + sliceMs;
    }
  }
}
