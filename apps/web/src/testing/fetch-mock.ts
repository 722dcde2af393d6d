import type { ErrorResponse } from '@coalition/contracts';
import { type Mock, vi } from 'vitest';

type Handler = (url: URL, init?: RequestInit) => Response | Promise<Response>;

function urlOf(input: RequestInfo | URL): URL {
  const raw = input instanceof Request ? input.url : input instanceof URL ? input.href : input;
  return new URL(raw, 'http://localhost');
}
export type FetchMock = Mock<(input: RequestInfo | URL, init?: RequestInit) => Promise<Response>>;

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

export function errorResponse(body: ErrorResponse): Response {
  return jsonResponse(body, body.statusCode);
}

/** Replaces `fetch` for one test; the handler sees each request's URL (relative URLs on localhost). */
export function mockFetch(handler: Handler): FetchMock {
  const fetchMock: FetchMock = vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
    return Promise.resolve(handler(urlOf(input), init));
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** The URLs requested so far, parsed, for asserting on paths and query parameters. */
export function requestedUrls(fetchMock: FetchMock): URL[] {
  return fetchMock.mock.calls.map(([input]) => urlOf(input));
}

/** The JSON bodies sent with `method` to `pathname`, in order, for asserting on what was saved. */
export function sentBodies(fetchMock: FetchMock, method: string, pathname: string): unknown[] {
  return fetchMock.mock.calls
    .filter(
      ([input, init]) => (init?.method ?? 'GET') === method && urlOf(input).pathname === pathname,
    )
    .map(([, init]) =>
      typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
    );
}

/** The headers sent with `method` to `pathname`, in order (CSRF token, content type...). */
export function sentHeaders(fetchMock: FetchMock, method: string, pathname: string): Headers[] {
  return fetchMock.mock.calls
    .filter(
      ([input, init]) => (init?.method ?? 'GET') === method && urlOf(input).pathname === pathname,
    )
    .map(([, init]) => new Headers(init?.headers));
}
