/** Config, session and API client for every feature, provided once by the app shell. */
import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef, useState } from 'react';
import type { WebConfig } from '../config/web-config';
import { type ApiClient, createApiClient } from './api-client';
import { loadStoredSession, type Session, sessionFromToken, storeSession } from './session';
import { signIn as requestToken } from './sign-in';

interface AppContextValue {
  config: WebConfig;
  api: ApiClient;
  session: Session | undefined;
  signIn(email: string, password: string): Promise<Session>;
  signOut(): void;
}

const AppContext = createContext<AppContextValue | undefined>(undefined);

export function AppContextProvider({ config, children }: { config: WebConfig; children: ReactNode }) {
  const [session, setSession] = useState(loadStoredSession);
  const tokenRef = useRef(session?.idToken);
  tokenRef.current = session?.idToken;
  const api = useMemo(() => createApiClient(() => tokenRef.current), []);

  const signIn = useCallback(
    async (email: string, password: string) => {
      const next = sessionFromToken(await requestToken(config, email, password));
      if (!next) throw new Error('The sign-in service returned an unusable token.');
      storeSession(next);
      setSession(next);
      return next;
    },
    [config],
  );
  const signOut = useCallback(() => {
    storeSession(undefined);
    setSession(undefined);
  }, []);

  const value = useMemo(
    () => ({ config, api, session, signIn, signOut }),
    [config, api, session, signIn, signOut],
  );
  return <AppContext.Provider value={value}>{children}</AppContext.Provider>;
}

export function useAppContext(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useAppContext must be used inside AppContextProvider');
  return value;
}
