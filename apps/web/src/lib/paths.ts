/** Dashboard URLs, shared by the router, the navigation and links between pages. */
export const paths = {
  home: '/',
  signIn: '/sign-in',
  acceptInvitation: '/accept-invitation',
  organizations: '/organizations',
  organization: (id: string): string => `/organizations/${encodeURIComponent(id)}`,
  contacts: '/contacts',
  contact: (id: string): string => `/contacts/${encodeURIComponent(id)}`,
  issues: '/issues',
  issue: (id: string): string => `/issues/${encodeURIComponent(id)}`,
  campaigns: '/campaigns',
  campaign: (id: string): string => `/campaigns/${encodeURIComponent(id)}`,
  segments: '/segments',
  newSegment: '/segments/new',
  segment: (id: string): string => `/segments/${encodeURIComponent(id)}`,
  outreach: '/outreach',
  /** The drives list with the new-drive drawer open, on this segment when given. */
  newOutreachDrive: (segmentId?: string): string =>
    segmentId ? `/outreach?new=1&segmentId=${encodeURIComponent(segmentId)}` : '/outreach?new=1',
  outreachDrive: (id: string): string => `/outreach/${encodeURIComponent(id)}`,
  outreachCall: (id: string): string => `/outreach/${encodeURIComponent(id)}/call`,
  meetings: '/meetings',
  newMeeting: '/meetings/new',
  /** Staff home: open action items and this week's meetings. */
  meetingsHome: '/meetings/home',
  meeting: (id: string): string => `/meetings/${encodeURIComponent(id)}`,
  users: '/users',
  audit: '/audit',
  imports: '/imports',
  newImport: '/imports/new',
  /** One import's wizard: its step follows the import's status. */
  importDetail: (id: string): string => `/imports/${encodeURIComponent(id)}`,
  /** The admin's full export (a zip of every table). */
  fullExport: '/data',
  /** The leadership home: KPIs, drifting members, coverage, campaigns, the county map. */
  reports: '/reports',
  reportBreakdown: (dimension: string): string =>
    `/reports/breakdowns/${encodeURIComponent(dimension)}`,
  reportActivity: '/reports/activity',
  /** Every report on one page, laid out for paper (and PDF). */
  reportsPrint: '/reports/print',
} as const;

/**
 * Where to return after signing in, read from `?next=`: only an address inside the dashboard
 * (`/organizations?q=casa`), never another site (`//evil.example`, `https://…`), and never the
 * public pages themselves; anything else opens the home page.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) {
    return paths.home;
  }
  const pathname = next.split(/[?#]/)[0] ?? '';
  return pathname === paths.signIn || pathname === paths.acceptInvitation ? paths.home : next;
}

/** The sign-in page, returning afterwards to `next` (the home page needs no parameter). */
export function signInPath(next?: string): string {
  const target = safeNextPath(next);
  return target === paths.home
    ? paths.signIn
    : `${paths.signIn}?${new URLSearchParams({ next: target }).toString()}`;
}
