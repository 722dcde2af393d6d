/** Dashboard URLs, shared by the router, the navigation and links between pages. */
export const paths = {
  home: '/',
  organizations: '/organizations',
  organization: (id: string): string => `/organizations/${encodeURIComponent(id)}`,
} as const;
