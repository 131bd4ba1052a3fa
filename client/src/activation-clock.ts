// Imported first by extension.ts, so this line runs before the client's dependencies are evaluated: activate()
// can then report how long loading them took as well as its own time (the ≤ 50 ms activation target).
export const bundleStartedAt = performance.now();

export interface ActivationTiming {
  /** From the bundle's first line to the end of extension.ts's top level: evaluating the modules activate() needs. */
  modulesMs: number;
  /** From there to the call of activate(): VS Code's own work (it prepares the extension context meanwhile). */
  waitedForActivateMs: number;
  /** activate() itself, up to its return (the server keeps starting in the background). */
  activateMs: number;
  /** Loading vscode-languageclient, after activate() has returned (in the background); undefined before. */
  clientModuleMs?: number;
  /** From the call of activate() to a running language server, once it runs; undefined before, or if it failed. */
  serverReadyMs?: number;
}
