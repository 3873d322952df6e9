/** Config, session and API client for every feature, provided once by the app shell. */
import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef, useState } from 'react';
import type { WebConfig } from '../config/web-config';
import { type ApiClient, createApiClient } from './api-client';
import { loadStoredSession, type Session, sessionFromToken, storeSession } from './session';
import { chooseNewPassword as requestNewPassword, signIn as requestToken, type SignInStep } from './sign-in';

export type SignInOutcome =
  | { kind: 'signed-in'; session: Session }
  | { kind: 'new-password'; challengeSession: string };

interface AppContextValue {
  config: WebConfig;
  api: ApiClient;
  session: Session | undefined;
  signIn(email: string, password: string): Promise<SignInOutcome>;
  /** Answers the first sign-in's request for a new password (users an administrator created). */
  chooseNewPassword(email: string, challengeSession: string, newPassword: string): Promise<SignInOutcome>;
  signOut(): void;
}

const AppContext = createContext<AppContextValue | undefined>(undefined);

interface ProviderProps {
  config: WebConfig;
  /** Called when someone signs in or out: what was cached for the previous person must go. */
  onIdentityChange: () => void;
  children: ReactNode;
}

export function AppContextProvider({ config, onIdentityChange, children }: ProviderProps) {
  const [session, setSession] = useState(loadStoredSession);
  const tokenRef = useRef(session?.idToken);
  tokenRef.current = session?.idToken;
  const api = useMemo(() => createApiClient(() => tokenRef.current), []);

  /** Turns a token into the signed-in session, or says which sign-in step comes next. */
  const finish = useCallback(
    async (step: Promise<SignInStep>): Promise<SignInOutcome> => {
      const next = await step;
      if (next.kind === 'new-password') return { kind: 'new-password', challengeSession: next.session };
      const signedIn = sessionFromToken(next.idToken);
      if (!signedIn) throw new Error('The sign-in service returned an unusable token.');
      onIdentityChange();
      storeSession(signedIn);
      setSession(signedIn);
      return { kind: 'signed-in', session: signedIn };
    },
    [onIdentityChange],
  );
  const signIn = useCallback(
    (email: string, password: string) => finish(requestToken(config, email, password)),
    [config, finish],
  );
  const chooseNewPassword = useCallback(
    (email: string, challengeSession: string, newPassword: string) =>
      finish(requestNewPassword(config, email, challengeSession, newPassword)),
    [config, finish],
  );
  const signOut = useCallback(() => {
    onIdentityChange();
    storeSession(undefined);
    setSession(undefined);
  }, [onIdentityChange]);

  const value = useMemo(
    () => ({ config, api, session, signIn, chooseNewPassword, signOut }),
    [config, api, session, signIn, chooseNewPassword, signOut],
  );
  return <AppContext.Provider value={value}>{children}</AppContext.Provider>;
}

export function useAppContext(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useAppContext must be used inside AppContextProvider');
  return value;
}
