// Many files on worker threads, one per core; results are put back in the order the files were given.
import { Worker, isMainThread, parentPort, workerData } from 'worker_threads';
import { CheckOptions } from './args';
import { FileOutcome, checkFile } from './check-file';

/** Below this many files a worker costs more to start than it saves. */
export const PARALLEL_MIN_FILES = 64;
const CHUNK = 32;

interface WorkerSetup {
  wirecheckCheckWorker: true;
  options: CheckOptions;
}

type ToWorker = { start: number; files: string[] } | { stop: true };
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
 * Checks `files` on `jobs` workers started from `entry` (the CLI's own file), handing out small chunks as
 * workers free up. `onOutcome` sees every outcome in file order, as soon as all before it are in. A worker
 * that dies has its chunk checked again by the others, or in this thread when none is left.
 */
export function checkInParallel(files: string[], options: CheckOptions, jobs: number, entry: string, onOutcome: (outcome: FileOutcome, index: number) => void): Promise<void> {
  const outcomes: (FileOutcome | undefined)[] = new Array(files.length);
  const queue: number[] = [];
  for (let start = 0; start < files.length; start += CHUNK) queue.push(start);
  let reported = 0;
  const deliver = () => {
    while (reported < files.length && outcomes[reported]) {
      onOutcome(outcomes[reported]!, reported);
      outcomes[reported] = undefined;
      reported++;
    }
  };

  return new Promise((resolve) => {
    let running = 0;
    const finishInThisThread = () => {
      for (const start of queue.splice(0)) {
        files.slice(start, start + CHUNK).forEach((file, i) => { outcomes[start + i] = checkFileSafely(file, options); });
      }
      deliver();
      resolve();
    };
    const setup: WorkerSetup = { wirecheckCheckWorker: true, options };
    for (let i = 0; i < Math.min(jobs, queue.length); i++) {
      const worker = new Worker(entry, { workerData: setup });
      running++;
      let current: number | undefined;
      const next = () => {
        current = queue.shift();
        const message: ToWorker = current === undefined ? { stop: true } : { start: current, files: files.slice(current, current + CHUNK) };
        worker.postMessage(message);
      };
      worker.on('message', (message: FromWorker) => {
        message.outcomes.forEach((outcome, j) => { outcomes[message.start + j] = outcome; });
        current = undefined;
        deliver();
        next();
      });
      let ended = false;
      const end = () => {
        if (ended) return;
        ended = true;
        if (current !== undefined) queue.unshift(current);
        current = undefined;
        if (--running === 0) finishInThisThread();
      };
      worker.on('error', end);
      worker.on('exit', end);
      next();
    }
    if (running === 0) finishInThisThread();
  });
}

/** In a worker started by `checkInParallel`: check chunks until told to stop. Returns false on any other thread. */
export function serveAsCheckWorker(): boolean {
  const setup = workerData as WorkerSetup | undefined;
  if (isMainThread || !parentPort || !setup?.wirecheckCheckWorker) return false;
  const port = parentPort;
  port.on('message', (message: ToWorker) => {
    if ('stop' in message) {
      port.close();
      return;
    }
    const reply: FromWorker = { start: message.start, outcomes: message.files.map((file) => checkFileSafely(file, setup.options)) };
    port.postMessage(reply);
  });
  return true;
}
