// Counts the work the core does, deterministically: V8's precise block coverage counts how many times each
// function and block ran. The count does not depend on machine speed or load, so growth ratios built on it
// make linear-time tests that cannot flake. (Work inside a single built-in call, such as one regex match, is
// not counted: the regex inventory test covers regular expressions.)
import { Session } from 'inspector';

export class WorkCounter {
  private readonly session = new Session();

  constructor(private readonly counts: (url: string) => boolean) {}

  private post<T>(method: string, params?: object): Promise<T> {
    return new Promise((resolve, reject) => this.session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as T))));
  }

  async start(): Promise<void> {
    this.session.connect();
    await this.post('Profiler.enable');
    await this.post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
  }

  async stop(): Promise<void> {
    await this.post('Profiler.stopPreciseCoverage');
    await this.post('Profiler.disable');
    this.session.disconnect();
  }

  /** Runs `work` and returns how many function calls and block executions it made in the counted scripts. */
  async measure(work: () => void): Promise<number> {
    await this.post('Profiler.takePreciseCoverage'); // resets the counters
    work();
    const { result } = await this.post<{ result: { url: string; functions: { ranges: { count: number }[] }[] }[] }>('Profiler.takePreciseCoverage');
    let total = 0;
    for (const script of result) {
      if (!this.counts(script.url)) continue;
      for (const fn of script.functions) for (const range of fn.ranges) total += range.count;
    }
    return total;
  }
}
