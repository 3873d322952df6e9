/**
 * Code a page needs only once the person acts (the validation a form runs as it is edited) is loaded the
 * first time `needed` holds, so a first visit does not download it. Undefined until it has arrived; a
 * failed load is tried again the next time the page renders with `needed`.
 */
import { useEffect, useRef, useState } from 'react';

export function useModuleWhen<T>(needed: boolean, load: () => Promise<T>): T | undefined {
  const [loaded, setLoaded] = useState<T>();
  const requested = useRef(false);
  useEffect(() => {
    if (!needed || requested.current) return;
    requested.current = true;
    load().then(
      (module) => setLoaded(() => module),
      () => {
        requested.current = false;
      },
    );
  }, [needed, load]);
  return loaded;
}
