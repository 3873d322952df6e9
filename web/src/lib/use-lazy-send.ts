/**
 * A form's send that first loads the code reading the form back (ADR 0016). One send at a time: a second
 * click while that code downloads is ignored rather than saving twice. `unsent` says the code could not be
 * fetched (offline): nothing was sent, the edits stay in the form, and the page says so.
 */
import { useRef, useState } from 'react';

export function useLazySend<M>(load: () => Promise<M>) {
  const sending = useRef(false);
  const [unsent, setUnsent] = useState(false);
  const sendWith = async (send: (reader: M) => void) => {
    if (sending.current) return;
    sending.current = true;
    const reader = await load().catch(() => undefined);
    sending.current = false;
    setUnsent(reader === undefined);
    if (reader !== undefined) send(reader);
  };
  return { sendWith, unsent };
}
