/**
 * Loads a chunk of our code, and can load it again after it failed (ADR 0035). A browser keeps a failed
 * module fetch for the life of the page (the HTML module map; Chromium 150 does, without asking the
 * server again), so a second `import()` of the same address only repeats the failure, and every "Try
 * again" after a dropped connection would fail until the page was reloaded. The build sends every
 * `import()` of one of our chunks through `__GFI_` (web/vite-plugins/retry-chunk-imports.ts):
 * after a failure it asks for the same file at a new address (a query added), once per failure, and
 * keeps that load, so later imports of the chunk share it instead of fetching and running another copy.
 */

/**
 * A chunk that could not be fetched (Chromium and Firefox name the module, Safari says "Importing a
 * module script failed"), not one that threw while it ran: running that again would repeat what it did
 * before the throw.
 */
const NOT_FETCHED = /dynamically imported module|importing a module script failed/i;
const notFetched = (error: unknown) => error instanceof TypeError && NOT_FETCHED.test(error.message);

let attempts = 0;
/** The chunks that failed at their own address, each with the load that replaced it. */
const replaced = new Map<string, Promise<unknown>>();

export function importAgainAfterFailure(
  address: string,
  load = (url: string) => import(/* @vite-ignore */ url),
) {
  // Replaced once: that load, not the original address again (a browser that fetches a failed address
  // again would run a second copy).
  const kept = replaced.get(address);
  if (kept) return kept;
  return load(address).catch((error: unknown) => {
    if (!notFetched(error)) throw error;
    attempts += 1;
    const again = new URL(address);
    again.searchParams.set('retry', String(attempts));
    const loading = load(again.href);
    replaced.set(address, loading);
    // A second failure is the one said; the next import tries a new address again.
    loading.catch(() => replaced.delete(address));
    return loading.catch(() => {
      throw error;
    });
  });
}

declare global {
  // The name the build's rewritten imports call (var: a property of globalThis).
  var __GFI_: (specifier: string) => Promise<unknown>;
}

// Installed when this module runs: main.tsx imports it first, before any code that imports a chunk.
// Every chunk is in the same folder as this one: a chunk's relative address resolves the same from here.
globalThis.__GFI_ = (specifier) => importAgainAfterFailure(new URL(specifier, import.meta.url).href);
