import { ROLE_LABELS, ROLE_SUMMARIES, ROLES, type User } from '@coalition/contracts';

export const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

/** For choosing a role: what each one may do, from the same table the API enforces. */
export const ROLE_OPTIONS_WITH_SUMMARY = ROLES.map((role) => ({
  value: role,
  label: ROLE_LABELS[role],
  summary: ROLE_SUMMARIES[role],
}));

export const USER_STATUS_LABELS: Record<User['status'], string> = {
  invited: 'Invited',
  active: 'Active',
  disabled: 'Disabled',
};
