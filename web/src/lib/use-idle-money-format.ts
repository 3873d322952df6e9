/**
 * A first screen with no amount (the plan editor, sign-in…) does not make the money formatter ahead
 * (../main.tsx), but the next page usually shows amounts (the plans after signing in, the open calls
 * after the landing page), and would pay for it inside its own render. So once the first screen has had
 * time to settle, the formatter is made when the browser is idle. Where it was made ahead, this costs
 * nothing (it is made once per language).
 */
import { useEffect } from 'react';
import { currentLocale } from '../i18n/i18n';
import { prepareMoneyFormat } from './format';

/** Long enough for a first screen's data and deferred render on a slow phone; then the next idle moment. */
const SETTLE_MS = 2_000;
const IDLE_WAIT_MS = 3_000;

export function useIdleMoneyFormat(): void {
  useEffect(() => {
    let idle: number | undefined;
    const make = () => prepareMoneyFormat(currentLocale());
    const timer = setTimeout(() => {
      // Safari has no requestIdleCallback: there, the settle time alone.
      if (typeof window.requestIdleCallback === 'function') {
        idle = window.requestIdleCallback(make, { timeout: IDLE_WAIT_MS });
      } else make();
    }, SETTLE_MS);
    return () => {
      clearTimeout(timer);
      if (idle !== undefined) window.cancelIdleCallback(idle);
    };
  }, []);
}
