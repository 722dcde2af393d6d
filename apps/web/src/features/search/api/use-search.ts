import type { SearchResponse } from '@coalition/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { searchKeys } from './search-keys';

export function getSearchResults(q: string, signal?: AbortSignal): Promise<SearchResponse> {
  return apiGet<SearchResponse>('/search', { q }, signal);
}

export function searchQueryOptions(q: string) {
  return queryOptions({
    queryKey: searchKeys.results(q),
    queryFn: ({ signal }) => getSearchResults(q, signal),
    // The API refuses a blank search; an empty box asks nothing.
    enabled: q !== '',
  });
}

/** The matches for `q` (already trimmed and debounced); idle while `q` is empty. */
export function useSearch(q: string) {
  return useQuery(searchQueryOptions(q));
}
