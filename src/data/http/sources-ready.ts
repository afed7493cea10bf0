/**
 * A gate between the app and its sources. The app shell renders at once; requests wait here
 * until the sources can answer: with the demo mocks on, until the mock service worker is
 * active (a request sent before would reach the static server and fail). Against real
 * endpoints nobody holds the gate, and it is open from the start.
 */
let ready: Promise<void> = Promise.resolve();

/** Hold every request until `until` settles; if it rejects, requests fail with its reason. */
export function holdSourcesUntil(until: Promise<unknown>): void {
  ready = until.then(() => undefined);
  // Handled by the requests that await it; no unhandled rejection when none is made.
  ready.catch(() => undefined);
}

/** Resolves when requests may go out; rejects when the sources could not be started. */
export function sourcesReady(): Promise<void> {
  return ready;
}
