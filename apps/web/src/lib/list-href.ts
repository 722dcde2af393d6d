/**
 * A list hands its query string to the record pages it links to, so their breadcrumb and
 * "Back to …" button return to the same filters and page rather than the plain list.
 */
export interface ListLinkState {
  /** `?q=casa&page=2`, or '' for the plain list. */
  listSearch: string;
}

/** The list's address with the filters the person came from, or the plain list. */
export function listHrefFrom(listPath: string, state: unknown): string {
  const listSearch =
    typeof state === 'object' && state !== null && 'listSearch' in state
      ? state.listSearch
      : undefined;
  return typeof listSearch === 'string' && listSearch.startsWith('?')
    ? `${listPath}${listSearch}`
    : listPath;
}

/** The list's query string as the state to hand its record links ('' for the plain list). */
export function listSearchOf(search: string): string {
  return search ? `?${search}` : '';
}
