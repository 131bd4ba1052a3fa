// Keeps one failing feature from taking the server down: the request gets an error, the server keeps serving.
import { Connection, ErrorCodes, ResponseError } from 'vscode-languageserver/node';

/** Test-only: the name of a handler that fails on purpose (`WIRECHECK_TEST_FAULT=hover`). */
const INJECTED_FAULT = process.env.WIRECHECK_TEST_FAULT;

/**
 * Wraps a request handler: an exception (or a rejected promise) is logged to the output channel and answered
 * with an InternalError response naming the feature, instead of escaping into the connection.
 */
export function guarded<A extends unknown[], R>(
  connection: Connection,
  name: string,
  handler: (...args: A) => R | Promise<R>,
): (...args: A) => Promise<R | ResponseError<never>> {
  return async (...args: A) => {
    try {
      if (INJECTED_FAULT === name) throw new Error(`fault injected into ${name} for a test`);
      return await handler(...args);
    } catch (error) {
      // A deliberate answer (`rename: not on a person`) goes back as it is.
      if (error instanceof ResponseError) throw error;
      logFailure(connection, name, error);
      return new ResponseError<never>(ErrorCodes.InternalError, `Wirecheck: ${name} failed (${describe(error)}).`);
    }
  };
}

/** Runs background work (pushing diagnostics) so that a failure is logged, never an unhandled rejection. */
export async function logFailures(connection: Connection, name: string, work: () => Promise<void>): Promise<void> {
  try {
    if (INJECTED_FAULT === name) throw new Error(`fault injected into ${name} for a test`);
    await work();
  } catch (error) {
    logFailure(connection, name, error);
  }
}

export function logFailure(connection: Connection, name: string, error: unknown): void {
  connection.console.error(`Wirecheck: ${name} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
