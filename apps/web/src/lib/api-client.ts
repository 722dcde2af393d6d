import type { ErrorResponse } from '@coalition/contracts';

/** Every API route lives under this prefix on the same origin (Vite proxies it in dev). */
const API_BASE = '/api';

type QueryValue = string | number | boolean | readonly (string | number)[] | null | undefined;
export type QueryParams = URLSearchParams | Record<string, QueryValue>;

export interface ApiRequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: QueryParams;
  body?: unknown;
  signal?: AbortSignal;
}

/** A failed API call, carrying the API's error body (`statusCode` 0 when the server was unreachable). */
export class ApiError extends Error {
  readonly body: ErrorResponse;

  constructor(body: ErrorResponse) {
    super(body.message);
    this.name = 'ApiError';
    this.body = body;
  }

  get statusCode(): number {
    return this.body.statusCode;
  }

  get code(): string {
    return this.body.code;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/**
 * What the session lends the client: the CSRF token that every write must carry, and what to
 * do when the server says the session is gone. Set by the session provider (`session.tsx`),
 * so this file stays the only one that talks HTTP without knowing about React.
 */
export interface ApiSessionHooks {
  csrfToken: () => string | undefined;
  onUnauthenticated: () => void;
}

let sessionHooks: ApiSessionHooks | undefined;

/** Connects the session to every request; returns the disconnect. */
export function connectApiSession(hooks: ApiSessionHooks): () => void {
  sessionHooks = hooks;
  return () => {
    if (sessionHooks === hooks) sessionHooks = undefined;
  };
}

function toSearchParams(query: QueryParams): URLSearchParams {
  if (query instanceof URLSearchParams) return query;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    const values: readonly (string | number | boolean)[] = Array.isArray(value) ? value : [value];
    for (const v of values) params.append(key, String(v));
  }
  return params;
}

export function apiUrl(path: string, query?: QueryParams): string {
  const search = query ? toSearchParams(query).toString() : '';
  return `${API_BASE}${path}${search ? `?${search}` : ''}`;
}

function isErrorResponse(value: unknown): value is ErrorResponse {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.statusCode === 'number' &&
    typeof candidate.code === 'string' &&
    typeof candidate.message === 'string'
  );
}

async function errorFrom(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  if (isErrorResponse(body)) return new ApiError(body);
  // Not our API's shape: a proxy, a gateway or a server that is not running.
  return new ApiError({
    statusCode: response.status,
    code: 'http_error',
    message: `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
  });
}

/**
 * The one place the dashboard talks HTTP. The session cookie (added with sign-in) rides along
 * because requests stay on the same origin.
 */
export async function apiRequest<T>(path: string, options: ApiRequestOptions = {}): Promise<T> {
  const { method = 'GET', query, body, signal } = options;
  const headers: Record<string, string> = { Accept: 'application/json' };
  // A form (file upload) sets its own multipart type, with the boundary only the browser knows.
  const isForm = body instanceof FormData;
  if (body !== undefined && !isForm) headers['Content-Type'] = 'application/json';
  const csrfToken = method === 'GET' ? undefined : sessionHooks?.csrfToken();
  if (csrfToken) headers['X-CSRF-Token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(apiUrl(path, query), {
      method,
      headers,
      body: body === undefined || body instanceof FormData ? body : JSON.stringify(body),
      credentials: 'same-origin',
      signal,
    });
  } catch (error) {
    // A cancelled query is not a failure; let TanStack Query see the abort as it is.
    if (signal?.aborted) throw error;
    throw new ApiError({
      statusCode: 0,
      code: 'network_error',
      message: 'Could not reach the server. Check your connection and try again.',
    });
  }

  if (!response.ok) {
    const error = await errorFrom(response);
    // An expired or revoked session, whichever request noticed it: back to the sign-in page.
    if (error.statusCode === 401 && error.code === 'unauthenticated') {
      sessionHooks?.onUnauthenticated();
    }
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export function apiGet<T>(path: string, query?: QueryParams, signal?: AbortSignal): Promise<T> {
  return apiRequest<T>(path, { query, signal });
}

/** A multipart POST (a file and its fields), with the session's CSRF token like every write. */
export function apiPostForm<T>(path: string, form: FormData, signal?: AbortSignal): Promise<T> {
  return apiRequest<T>(path, { method: 'POST', body: form, signal });
}
