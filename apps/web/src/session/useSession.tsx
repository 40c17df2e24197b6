import type { Me, MyMembership, Session, SignIn } from '@pactesur/contracts';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, isSignedOut } from '../api.ts';

export type SessionState =
  | { readonly status: 'loading' }
  | { readonly status: 'signed-out'; readonly lost: boolean }
  | { readonly status: 'signed-in'; readonly session: Session };

interface SessionValue {
  readonly state: SessionState;
  readonly session: Session | null;
  /** The membership of the organisation the user acts for, chosen in the header. */
  readonly activeMembership: MyMembership | null;
  readonly signIn: (body: SignIn) => Promise<Session>;
  /** Takes a session the API handed out elsewhere (accepting an invitation). */
  readonly adopt: (session: Session) => void;
  readonly switchOrg: (orgId: string) => Promise<Session>;
  readonly signOut: (everywhere: boolean) => Promise<void>;
  /** Called when the API answers 401: the session ended (expired, or signed out elsewhere). */
  readonly lost: () => void;
  readonly updateUser: (me: Me) => void;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    void api.session().then(
      (session) => live && setState({ status: 'signed-in', session }),
      () => live && setState({ status: 'signed-out', lost: false }),
    );
    return () => {
      live = false;
    };
  }, []);

  const adopt = useCallback((session: Session) => setState({ status: 'signed-in', session }), []);
  const signIn = useCallback(
    async (body: SignIn) => {
      const session = await api.signIn(body);
      adopt(session);
      return session;
    },
    [adopt],
  );
  const switchOrg = useCallback(
    async (orgId: string) => {
      const session = await api.switchOrg(orgId);
      adopt(session);
      return session;
    },
    [adopt],
  );
  const signOut = useCallback(async (everywhere: boolean) => {
    try {
      await (everywhere ? api.signOutEverywhere() : api.signOut());
    } catch (error) {
      if (!isSignedOut(error)) throw error;
    }
    api.transport.setCsrfToken(null);
    setState({ status: 'signed-out', lost: false });
  }, []);
  // Only a session that was open can end: a refused sign-in leaves the sign-in screen as it is.
  const lost = useCallback(
    () => setState((s) => (s.status === 'signed-in' ? { status: 'signed-out', lost: true } : s)),
    [],
  );
  const updateUser = useCallback(
    (user: Me) =>
      setState((s) =>
        s.status === 'signed-in' ? { status: 'signed-in', session: { ...s.session, user } } : s,
      ),
    [],
  );

  const value = useMemo<SessionValue>(() => {
    const session = state.status === 'signed-in' ? state.session : null;
    const activeMembership = session?.user.memberships.find((m) => m.orgId === session.activeOrgId) ?? null;
    return { state, session, activeMembership, signIn, adopt, switchOrg, signOut, lost, updateUser };
  }, [state, signIn, adopt, switchOrg, signOut, lost, updateUser]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
