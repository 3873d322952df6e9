/**
 * Loads a chunk of our code, and can load it again after it failed. A browser keeps a failed module
 * fetch for the life of the page (the HTML module map; Chromium 150 does, without fetching again), so a
 * second `import()` of the same address only repeats the failure and every "Try again" after a dropped
 * connection would fail until the page was reloaded. After a failure this asks once for the address the
 * failure names with a query added: a new entry for the module map, the same file for the server and
 * the CDN. The module it loads is the one that failed, so no second copy of it ever runs.
 *
 * Chromium and Firefox name the address in the failure; Safari does not, and there a failed chunk still
 * needs a reload (the failure is thrown as it came).
 */

const FAILED_MODULE = /dynamically imported module: (\S+)/;

/** The address of our own chunk that failed to load, from the browser's message; undefined otherwise. */
export function failedChunkUrl(error: unknown, origin = globalThis.location?.origin): string | undefined {
  const named = error instanceof Error ? FAILED_MODULE.exec(error.message)?.[1] : undefined;
  if (!named || !origin) return undefined;
  try {
    const url = new URL(named);
    // Only our own code: an address in an error message is never a licence to load anything else.
    return url.origin === origin && url.pathname.startsWith('/assets/') ? url.href : undefined;
  } catch {
    return undefined;
  }
}

let attempts = 0;

export async function loadChunk<Module>(load: () => Promise<Module>): Promise<Module> {
  try {
    return await load();
  } catch (error) {
    const url = failedChunkUrl(error);
    if (!url) throw error;
    attempts += 1;
    const again = new URL(url);
    again.searchParams.set('retry', String(attempts));
    return (await import(/* @vite-ignore */ again.href)) as Module;
  }
}
