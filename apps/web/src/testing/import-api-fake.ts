import type {
  ImportCounts,
  ImportDetail,
  ImportMapping,
  ImportRow,
  SavedMapping,
} from '@coalition/contracts';
import { type FetchMock, jsonResponse, mockFetch } from './fetch-mock';
import { buildImportList, buildImportRowList } from './import-factories';

export interface FakeImportsApiOptions {
  /** The import as the API holds it; uploads and each step replace it. */
  detail: ImportDetail;
  /** The answer to `PUT …/mapping`; by default the import, previewed with `counts`. */
  onMapping?: (mapping: ImportMapping, current: ImportDetail) => Response | undefined;
  counts?: ImportCounts;
  rows?: ImportRow[];
  saved?: SavedMapping[];
  /** What `GET /api/imports/:id` answers after the run, one per request (the last repeats). */
  progress?: ImportDetail[];
}

export interface FakeImportsApi {
  fetchMock: FetchMock;
  current: () => ImportDetail;
}

type Route = (url: URL, method: string, body: unknown) => Response | undefined;

function bodyOf(init?: RequestInit): unknown {
  return typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : init?.body;
}

/** The imports API of one import, enough for the wizard to walk from upload to summary. */
export function fakeImportsApi(options: FakeImportsApiOptions): FakeImportsApi {
  let current = options.detail;
  let ran = false;
  const progress = [...(options.progress ?? [])];
  const base = `/api/imports/${current.id}`;

  const routes: Route[] = [
    (url, method) =>
      url.pathname === '/api/imports/mappings' && method === 'GET'
        ? jsonResponse({ items: options.saved ?? [], total: 0, page: 1, pageSize: 100 })
        : undefined,
    (url, method) =>
      url.pathname === '/api/imports' && method === 'POST' ? jsonResponse(current, 201) : undefined,
    (url, method) =>
      url.pathname === '/api/imports' && method === 'GET'
        ? jsonResponse(buildImportList([current]))
        : undefined,
    (url, method, body) => {
      if (url.pathname !== `${base}/mapping` || method !== 'PUT') return undefined;
      const mapping = body as ImportMapping;
      const answer = options.onMapping?.(mapping, current);
      if (answer) return answer;
      current = { ...current, mapping, status: 'previewed', counts: options.counts ?? null };
      return jsonResponse(current);
    },
    (url) => {
      if (url.pathname !== `${base}/rows`) return undefined;
      const rows = (options.rows ?? []).filter((r) => r.class === url.searchParams.get('class'));
      return jsonResponse(buildImportRowList(rows));
    },
    (url, method) => {
      if (url.pathname !== `${base}/run` || method !== 'POST') return undefined;
      ran = true;
      current = { ...current, status: 'queued' };
      return jsonResponse(current);
    },
    (url) => {
      if (url.pathname !== base) return undefined;
      const next = !ran ? undefined : progress.length > 1 ? progress.shift() : progress[0];
      if (next) current = next;
      return jsonResponse(current);
    },
  ];

  const fetchMock = mockFetch((url, init) => {
    const method = init?.method ?? 'GET';
    const body = bodyOf(init);
    for (const route of routes) {
      const answer = route(url, method, body);
      if (answer) return answer;
    }
    return jsonResponse(
      { statusCode: 404, code: 'not_found', message: `No fake for ${url.pathname}` },
      404,
    );
  });
  return { fetchMock, current: () => current };
}
