/**
 * Config, session and API client for every feature, provided once by the app shell. The session renews
 * its ID token with the sign-in's refresh token a few minutes before it expires (a timer, a check when
 * the page is seen again, and before any API request that finds it due), so nobody is signed out mid-task.
 */
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { WebConfig } from '../config/web-config';
import { type ApiClient, createApiClient } from './api-client';
import { ApiRequestError } from './api-error';
import { loadStoredSession, type Session, sessionFromToken, storeSession } from './session';
import {
  renewIdToken,
  chooseNewPassword as requestNewPassword,
  signIn as requestToken,
  type SignInStep,
} from './sign-in';

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
  /**
   * Called when someone signs in or out: what was cached for the previous person must go. Unsaved
   * edits of `keepDraftsOf` stay: the person signing in, or one whose sign-in had expired signing out.
   */
  onIdentityChange: (keepDraftsOf?: string) => void;
  children: ReactNode;
}

export function AppContextProvider({ config, onIdentityChange, children }: ProviderProps) {
  const [session, setSession] = useState(loadStoredSession);
  const sessionRef = useRef(session);
  sessionRef.current = session;
  const renewal = useRef<Promise<string | undefined>>(undefined);

  /** Renews the ID token once at a time; on failure the current token serves until it expires. */
  const renew = useCallback((): Promise<string | undefined> => {
    const current = sessionRef.current;
    const refreshToken = current?.refreshToken;
    if (!current || !refreshToken) return Promise.resolve(current?.idToken);
    renewal.current ??= (async () => {
      try {
        const receivedAt = Date.now();
        const renewed = sessionFromToken(
          await renewIdToken(config, refreshToken),
          receivedAt,
          refreshToken,
          receivedAt,
        );
        // Signed out (or in as someone else) meanwhile: this renewal is no longer wanted.
        if (!renewed || sessionRef.current?.idToken !== current.idToken) return sessionRef.current?.idToken;
        storeSession(renewed);
        sessionRef.current = renewed;
        setSession(renewed);
        return renewed.idToken;
      } catch {
        return sessionRef.current?.idToken;
      } finally {
        renewal.current = undefined;
      }
    })();
    return renewal.current;
  }, [config]);

  // The API refused this sign-in (a 401): the person is signed out by it, not by choice.
  const refused = useRef(false);
  const api = useMemo(
    () =>
      createApiClient(
        () => {
          const current = sessionRef.current;
          return current && Date.now() >= current.renewAt ? renew() : current?.idToken;
        },
        () => {
          refused.current = true;
        },
      ),
    [renew],
  );

  useEffect(() => {
    if (!session?.refreshToken) return;
    const due = () => Date.now() >= session.renewAt;
    const timer = setTimeout(() => void renew(), Math.max(0, session.renewAt - Date.now()));
    // Timers wait while a device sleeps or a tab is hidden: check again when the page is seen.
    const onSeen = () => {
      if (document.visibilityState === 'visible' && due()) void renew();
    };
    document.addEventListener('visibilitychange', onSeen);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onSeen);
    };
  }, [session, renew]);

  /** Turns a token into the signed-in session, or says which sign-in step comes next. */
  const finish = useCallback(
    async (step: Promise<SignInStep>): Promise<SignInOutcome> => {
      const next = await step;
      if (next.kind === 'new-password') return { kind: 'new-password', challengeSession: next.session };
      const receivedAt = Date.now();
      const signedIn = sessionFromToken(next.idToken, receivedAt, next.refreshToken, receivedAt);
      // A token this device cannot read, or one already expired by its clock.
      if (!signedIn)
        throw new ApiRequestError(200, {
          code: 'unusable_token',
          message: 'The sign-in service returned an unusable token.',
        });
      onIdentityChange(signedIn.email);
      refused.current = false;
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
    // Signed out after the sign-in expired or was refused, to sign in again: the edits its failed saves
    // kept are theirs. A sign-out by choice drops them.
    const current = sessionRef.current;
    const thrownOut = current && (refused.current || Date.now() >= current.expiresAt);
    onIdentityChange(thrownOut ? current.email : undefined);
    refused.current = false;
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
