/**
 * Who may do what: the single source of truth. The API's guard enforces it on every route,
 * the dashboard hides what a role may not use, and docs/permissions.md is generated from it
 * (`npm run docs:permissions`; a test fails when the document is stale).
 */
export const ROLES = ['admin', 'leadership', 'organizer', 'staff', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Admin',
  leadership: 'Leadership',
  organizer: 'Organizer',
  staff: 'Staff',
  viewer: 'Viewer',
};

export const ROLE_SUMMARIES: Record<Role, string> = {
  admin: 'Users and settings, and everything else',
  leadership: 'Reads everything, reports and the audit trail',
  organizer: 'Members, segments, outreach and exports',
  staff: 'Meetings, attendance and contacts',
  viewer: 'Read-only, without personal contact details and without exports',
};

export const PERMISSIONS = {
  'members.read': 'Read organizations, contacts, issues, bills and campaigns',
  'contacts.details': 'See email addresses and phone numbers',
  'organizations.write': 'Create, edit and archive organizations and their interests',
  'contacts.write': 'Create, edit and archive contacts and their affiliations',
  'issues.write': 'Create, edit, re-rank and archive issues and bills',
  'campaigns.write': 'Create, edit and archive campaigns, participation and contributions',
  'meetings.write': 'Log meetings, attendance and action items',
  'segments.write': 'Build and save segments',
  'outreach.write': 'Run outreach drives and log outcomes',
  'exports.run': 'Export member data (CSV, XLSX)',
  'imports.run': 'Import members, interests, participation and attendance from files',
  'backup.run': 'Take a full export of every table (zip of CSVs)',
  'reports.read': 'Read engagement reports',
  'audit.read': 'Read the audit trail',
  'contacts.erase': 'Erase a person completely on request',
  'users.manage': 'Invite, edit and disable users',
} as const;
export type Permission = keyof typeof PERMISSIONS;
export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];

const EVERYTHING = PERMISSION_NAMES;

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: EVERYTHING,
  // Leadership saves a report's cell as a segment (docs/reports.md), so it builds segments too.
  leadership: ['members.read', 'contacts.details', 'segments.write', 'reports.read', 'audit.read', 'exports.run'],
  organizer: [
    'members.read',
    'contacts.details',
    'organizations.write',
    'contacts.write',
    'issues.write',
    'campaigns.write',
    'meetings.write',
    'segments.write',
    'outreach.write',
    'exports.run',
    'imports.run',
    'reports.read',
  ],
  staff: ['members.read', 'contacts.details', 'contacts.write', 'meetings.write'],
  viewer: ['members.read'],
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
