import { apiUrl } from '@/lib/api-client';

export const importPath = (id: string): string => `/imports/${encodeURIComponent(id)}`;

/**
 * The rows that were not written, with their reasons, as a CSV the person can fix and import
 * again. A plain link: the browser downloads it with the session cookie.
 */
export function failuresUrl(id: string): string {
  return apiUrl(`${importPath(id)}/failures`);
}

/** Every table in one zip (admins only); the API records each download in the audit trail. */
export const FULL_EXPORT_URL = apiUrl('/full-export');
