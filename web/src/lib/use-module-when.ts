/**
 * Code a page needs only once the person acts (the validation a form runs as it is edited) is loaded the
 * first time `needed` holds, so a first visit does not download it. Undefined until it has arrived; a
 * failed load (a flaky connection) is tried again after a few seconds while `needed` still holds.
 */
import { useEffect, useRef, useState } from 'react';

const RETRY_AFTER_MS = 5_000;

export function useModuleWhen<T>(needed: boolean, load: () => Promise<T>): T | undefined {
  const [loaded, setLoaded] = useState<T>();
  const [failures, setFailures] = useState(0);
  const requested = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `failures` only re-runs the effect, to retry.
  useEffect(() => {
    if (!needed || requested.current) return;
    requested.current = true;
    load().then(
      (module) => setLoaded(() => module),
      () => {
        requested.current = false;
        setTimeout(() => setFailures((n) => n + 1), RETRY_AFTER_MS);
      },
    );
  }, [needed, load, failures]);
  return loaded;
}
