// Many files on worker threads, one per core; results are put back in the order the files were given.
import { Worker, isMainThread, parentPort, workerData } from 'worker_threads';
import { CheckOptions } from './args';
import { FileOutcome, checkFile } from './check-file';

/** Below this many files a worker costs more to start than it saves. */
export const PARALLEL_MIN_FILES = 64;

/**
 * Files per claim and per reply: about 32 claims per worker, so that messages and wake-ups of this thread cost
 * nothing, yet small enough (at most 256 files, a tenth of a second) that no worker is left alone at the end.
 */
export function chunkSize(files: number, jobs: number): number {
  return Math.max(8, Math.min(256, Math.ceil(files / (jobs * 32))));
}

interface WorkerSetup {
  wirecheckCheckWorker: true;
  options: CheckOptions;
  files: string[];
  chunk: number;
  /** One Int32: the index of the next unclaimed file, shared by all workers. */
  next: SharedArrayBuffer;
}

interface FromWorker {
  start: number;
  outcomes: FileOutcome[];
}

/** One file, with an unexpected failure reported against the file instead of ending the run. */
export function checkFileSafely(path: string, options: CheckOptions): FileOutcome {
  try {
    return checkFile(path, options);
  } catch (error) {
    return { messages: [`wirecheck: ${path}: could not be checked (${error instanceof Error ? error.message : String(error)}).\n`], inputFailed: true };
  }
}

/**
 * Checks `files` on `jobs` workers started from `entry` (the CLI's own file). Each worker gets the whole list
 * once and claims chunks from a shared counter, so none waits on this thread between chunks; it reads, checks
 * and prints its files itself and sends back only the printed parts. `onOutcome` sees every outcome in file
 * order, as soon as all before it are in. Files a dead worker left unanswered are checked in this thread at the end.
 */
export function checkInParallel(files: string[], options: CheckOptions, jobs: number, entry: string, onOutcome: (outcome: FileOutcome, index: number) => void): Promise<void> {
  const outcomes: (FileOutcome | undefined)[] = new Array(files.length);
  let reported = 0;
  const deliver = () => {
    while (reported < files.length && outcomes[reported]) {
      onOutcome(outcomes[reported]!, reported);
      outcomes[reported] = undefined;
      reported++;
    }
  };
  const chunk = chunkSize(files.length, jobs);
  const setup: WorkerSetup = { wirecheckCheckWorker: true, options, files, chunk, next: new SharedArrayBuffer(4) };
  const workers = Math.max(1, Math.min(jobs, Math.ceil(files.length / chunk)));

  return new Promise((resolve) => {
    let running = workers;
    const finishInThisThread = () => {
      for (let index = reported; index < files.length; index++) outcomes[index] ??= checkFileSafely(files[index], options);
      deliver();
      resolve();
    };
    for (let i = 0; i < workers; i++) {
      const worker = new Worker(entry, { workerData: setup });
      worker.on('message', (message: FromWorker) => {
        message.outcomes.forEach((outcome, j) => { outcomes[message.start + j] = outcome; });
        deliver();
      });
      let ended = false;
      const end = () => {
        if (ended) return;
        ended = true;
        if (--running === 0) finishInThisThread();
      };
      worker.on('error', end);
      worker.on('exit', end);
    }
  });
}

/** In a worker started by `checkInParallel`: claim and check chunks until none is left. False on any other thread. */
export function serveAsCheckWorker(): boolean {
  const setup = workerData as WorkerSetup | undefined;
  if (isMainThread || !parentPort || !setup?.wirecheckCheckWorker) return false;
  const next = new Int32Array(setup.next);
  const { files, options, chunk } = setup;
  // Tests make a worker die on a file, to see its unanswered files checked anyway.
  const dieOn = process.env.WIRECHECK_TEST_HOOKS === '1' ? process.env.WIRECHECK_TEST_WORKER_DIES_ON : undefined;
  for (let start = Atomics.add(next, 0, chunk); start < files.length; start = Atomics.add(next, 0, chunk)) {
    const claimed = files.slice(start, start + chunk);
    if (dieOn && claimed.includes(dieOn)) process.exit(70);
    const reply: FromWorker = { start, outcomes: claimed.map((file) => checkFileSafely(file, options)) };
    parentPort.postMessage(reply);
  }
  return true;
}
