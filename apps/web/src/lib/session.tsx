import type { LoginInput, MeResponse, Permission, SessionUser } from '@coalition/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { connectApiSession, isApiError } from './api-client';
import { login, logout, sessionKeys, sessionQueryOptions } from './session-api';

/** `unavailable`: the server could not say whether anyone is signed in (down, 500). */
export type SessionStatus = 'loading' | 'signed-in' | 'signed-out' | 'unavailable';
/** Why the last session ended: the sign-in page explains an expiry, not a sign-out. */
export type SessionEndReason = 'signed-out' | 'expired';

export interface Session {
  status: SessionStatus;
  user: SessionUser | undefined;
  /** Why the session could not be checked, when `status` is `unavailable`. */
  error: Error | null;
  endReason: SessionEndReason | undefined;
  /** From the permissions the server sent with the session, the ones its guard enforces. */
  can: (permission: Permission) => boolean;
  retry: () => void;
  signIn: (credentials: LoginInput) => Promise<MeResponse>;
  /** Starts a session the server already opened (accepting an invitation signs in). */
  startSession: (me: MeResponse) => void;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<Session | undefined>(undefined);
/** Typed through its query options, so the cache hands back a `MeResponse | null`. */
const SESSION_KEY = sessionQueryOptions().queryKey;

function statusOf(data: MeResponse | null | undefined, error: Error | null): SessionStatus {
  if (data) return 'signed-in';
  if (data === null) return 'signed-out';
  return error ? 'unavailable' : 'loading';
}

/**
 * Who is signed in, loaded once at start (`GET /api/auth/me`) and kept in the query cache.
 * It lends the API client the CSRF token for writes, and ends the session when any request
 * answers 401 `unauthenticated`; the route guard then returns to the sign-in page.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const { data, error, refetch } = useQuery(sessionQueryOptions());
  const [endReason, setEndReason] = useState<SessionEndReason>();

  const replaceSession = useCallback(
    (me: MeResponse | null) => {
      queryClient.setQueryData(SESSION_KEY, me);
      // What one person loaded (contact details...) is never shown to the next one.
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionKeys.all[0] });
    },
    [queryClient],
  );

  const endSession = useCallback(
    (reason: SessionEndReason) => {
      setEndReason(reason);
      replaceSession(null);
    },
    [replaceSession],
  );

  useEffect(
    () =>
      connectApiSession({
        csrfToken: () => queryClient.getQueryData(SESSION_KEY)?.csrfToken,
        onUnauthenticated: () => {
          // Only a session that existed can expire; the check at start-up just finds none.
          if (queryClient.getQueryData(SESSION_KEY)) endSession('expired');
        },
      }),
    [queryClient, endSession],
  );

  const startSession = useCallback(
    (me: MeResponse) => {
      setEndReason(undefined);
      replaceSession(me);
    },
    [replaceSession],
  );

  const signIn = useCallback(
    async (credentials: LoginInput) => {
      const me = await login(credentials);
      startSession(me);
      return me;
    },
    [startSession],
  );

  const signOut = useCallback(async () => {
    try {
      await logout();
    } catch (failure) {
      // Already signed out on the server (expired meanwhile): that is what was asked for.
      if (!isApiError(failure) || failure.statusCode !== 401) throw failure;
    }
    endSession('signed-out');
  }, [endSession]);

  const value = useMemo<Session>(() => {
    const user = data?.user;
    return {
      status: statusOf(data, error),
      user,
      error: data === undefined ? error : null,
      endReason,
      can: (permission) => user?.permissions.includes(permission) ?? false,
      retry: () => void refetch(),
      signIn,
      startSession,
      signOut,
    };
  }, [data, error, endReason, refetch, signIn, startSession, signOut]);

  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a SessionProvider above it (see app/providers)');
  return session;
}

/** Whether the signed-in person's role allows `permission`: for hiding what they may not use. */
export function useCan(permission: Permission): boolean {
  return useSession().can(permission);
}
