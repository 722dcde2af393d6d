import {
  type AuditEvent,
  type InvitationResponse,
  type ListResponse,
  type MeResponse,
  type Role,
  ROLE_PERMISSIONS,
  type SessionUser,
  type User,
} from '@coalition/contracts';

let sequence = 0;
const nextId = (): string => `10000000-0000-4000-8000-${String(++sequence).padStart(12, '0')}`;

/** A signed-in person; the permissions follow the role, as the API sends them. */
export function buildSessionUser(overrides: Partial<SessionUser> = {}): SessionUser {
  const role: Role = overrides.role ?? 'admin';
  return {
    id: nextId(),
    email: `${role}@example.org`,
    name: `Alex ${role[0]?.toUpperCase()}${role.slice(1)}`,
    role,
    permissions: [...ROLE_PERMISSIONS[role]],
    ...overrides,
  };
}

export function buildMeResponse(
  user: Partial<SessionUser> = {},
  overrides: Partial<Omit<MeResponse, 'user'>> = {},
): MeResponse {
  return {
    user: buildSessionUser(user),
    csrfToken: 'csrf-token-for-tests',
    expiresAt: '2030-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export function buildUser(overrides: Partial<User> = {}): User {
  const n = ++sequence;
  return {
    id: nextId(),
    email: `person${n}@example.org`,
    name: `Person ${n}`,
    role: 'staff',
    status: 'active',
    lastSignInAt: '2025-03-04T15:04:05.000Z',
    createdAt: '2024-01-02T15:04:05.000Z',
    version: 1,
    ...overrides,
  };
}

export function buildInvitation(overrides: Partial<User> = {}): InvitationResponse {
  const user = buildUser({ status: 'invited', lastSignInAt: null, ...overrides });
  return {
    user,
    invitationUrl: `http://localhost:3000/accept-invitation?token=tok-${user.id}`,
    // Seven days from now, as the API answers.
    expiresAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
  };
}

export function buildAuditEvent(overrides: Partial<AuditEvent> = {}): AuditEvent {
  return {
    id: ++sequence,
    at: '2025-03-04T15:04:05.000Z',
    actor: { id: nextId(), email: 'organizer@example.org' },
    ip: '127.0.0.1',
    action: 'update',
    entityType: 'organization',
    entityId: nextId(),
    changes: [{ field: 'city', before: 'Lowell', after: 'Lawrence' }],
    details: {},
    ...overrides,
  };
}

export function buildList<T>(
  items: T[],
  overrides: Partial<ListResponse<T>> = {},
): ListResponse<T> {
  return { items, total: items.length, page: 1, pageSize: 25, ...overrides };
}
