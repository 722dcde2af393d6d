import type { LoginInput, MeResponse } from '@coalition/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet, apiRequest, isApiError } from './api-client';

/** The session's place in the query cache; every other query is the signed-in person's data. */
export const sessionKeys = {
  all: ['session'] as const,
  me: () => [...sessionKeys.all, 'me'] as const,
};

/** The signed-in person, or null when nobody is: here a 401 is an answer, not a failure. */
export async function getSession(signal?: AbortSignal): Promise<MeResponse | null> {
  try {
    return await apiGet<MeResponse>('/auth/me', undefined, signal);
  } catch (error) {
    if (isApiError(error) && error.statusCode === 401) return null;
    throw error;
  }
}

export function sessionQueryOptions() {
  return queryOptions({
    queryKey: sessionKeys.me(),
    queryFn: ({ signal }) => getSession(signal),
    // Checked again now and then (on focus), which also picks up a role an admin changed.
    staleTime: 5 * 60_000,
  });
}

export function login(input: LoginInput): Promise<MeResponse> {
  return apiRequest<MeResponse>('/auth/login', { method: 'POST', body: input });
}

export function logout(): Promise<void> {
  return apiRequest<void>('/auth/logout', { method: 'POST' });
}
