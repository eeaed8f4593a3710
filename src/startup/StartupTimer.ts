import { performance } from 'node:perf_hooks';

/**
 * Milliseconds per start-up phase, for the `startup` log line: where a slow start goes (loading modules,
 * the knowledge base, building the engine, listening) without a profiler. Time counts from the process's
 * own start, so the first phase includes Node's bootstrap and every module the entry point imports. CPU time
 * is kept beside wall time: on a shared machine the wall clock mostly measures the neighbours.
 */
export class StartupTimer {
  readonly ms: Record<string, number> = {};
  readonly cpuMs: Record<string, number> = {};
  private lastWall = 0;
  private lastCpu = 0;

  /** Records the phase that just ended. */
  done(phase: string): void {
    const wall = performance.now();
    const { user, system } = process.cpuUsage();
    const cpu = (user + system) / 1000;
    this.ms[phase] = Math.round(wall - this.lastWall);
    this.cpuMs[phase] = Math.round(cpu - this.lastCpu);
    this.ms.total = Math.round(wall);
    this.cpuMs.total = Math.round(cpu);
    this.lastWall = wall;
    this.lastCpu = cpu;
  }
}
