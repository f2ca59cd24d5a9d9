import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import type { Role } from '@avain/domain';
import { api, rememberCsrfToken } from '../../api/client';

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
}

export interface Session {
  user: SessionUser | null;
  csrfToken: string;
  oidcEnabled: boolean;
}

export interface Credentials {
  username: string;
  password: string;
}

export const sessionQueryKey = ['session'] as const;

async function fetchSession(): Promise<Session> {
  const session = await api.get<Session>('/api/session');
  rememberCsrfToken(session.csrfToken);
  return session;
}

export function useSession() {
  return useQuery({ queryKey: sessionQueryKey, queryFn: fetchSession, staleTime: 60_000 });
}

/**
 * After login or logout the session and its CSRF token have changed, and nothing cached for
 * the previous user may be shown to the next one.
 */
async function startOver(queryClient: QueryClient): Promise<void> {
  rememberCsrfToken(undefined);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
  await queryClient.refetchQueries({ queryKey: sessionQueryKey });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: Credentials) => api.post<{ user: SessionUser }>('/api/auth/login', credentials),
    onSuccess: () => startOver(queryClient),
  });
}

/** Logging out leaves for the front page first, so a protected page never flashes a login redirect. */
export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => api.post<void>('/api/auth/logout'),
    onSuccess: async () => {
      // Rendered at once (not as a transition), so the protected page is gone before the session
      // turns anonymous: otherwise its guard could still send the browser to the login page.
      await navigate('/', { flushSync: true });
      await startOver(queryClient);
    },
  });
}
