import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  can,
  type CreateUserInput,
  type InvitationResponse,
  type ListResponse,
  type Permission,
  ROLES,
  type UpdateUserInput,
  type User,
  type UserListQuery,
} from '@coalition/contracts';
import { isUniqueViolation } from '../../common/database-errors';
import { DomainError } from '../../common/domain-error';
import { currentContext } from '../../common/request-context';
import { APP_CONFIG } from '../../config/config.token';
import type { AppConfig } from '../../config/app-config';
import { diffChanges } from '../audit/audit-diff';
import { AuditService } from '../audit/audit.service';
import { lastAdmin, userDuplicate, userNotFound } from './auth.errors';
import { AuthRepository } from './auth.repository';
import { newToken, tokenId } from './secrets';
import type { UserEntity } from './user.entity';

const INVITATION_DAYS = 7;

export function toUser(u: UserEntity): User {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    status: u.disabledAt ? 'disabled' : u.passwordHash ? 'active' : 'invited',
    lastSignInAt: u.lastSignInAt?.toISOString() ?? null,
    createdAt: u.createdAt.toISOString(),
    version: u.version,
  };
}

/** Admin work on accounts: users are invited, edited and disabled, never deleted. */
@Injectable()
export class UsersService {
  constructor(
    private readonly repository: AuthRepository,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(query: UserListQuery): Promise<ListResponse<User>> {
    const { rows, total } = await this.repository.listUsers(query);
    return { items: rows.map(toUser), total, page: query.page, pageSize: query.pageSize };
  }

  /**
   * Users who may act with `permission` now: not disabled, in a role that grants it (invited
   * users included: they can work once they accept). Limited to `ids` when given.
   */
  withPermission(permission: Permission, ids?: string[], manager?: EntityManager): Promise<{ id: string; name: string }[]> {
    const roles = ROLES.filter((role) => can(role, permission));
    return this.repository.usersInRoles(roles, ids, manager);
  }

  async invite(input: CreateUserInput & { role: User['role'] }): Promise<InvitationResponse> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.repository
        .insertUser(manager, { email: input.email, name: input.name, role: input.role, passwordHash: null })
        .catch((error: unknown) => {
          throw isUniqueViolation(error, 'app_user_email_key') ? userDuplicate(input.email) : error;
        });
      await this.audit.record(manager, {
        action: 'create',
        entityType: 'user',
        entityId: user.id,
        changes: diffChanges(null, { email: user.email, name: user.name, role: user.role }),
      });
      return this.issueInvitation(manager, user);
    });
  }

  async reinvite(id: string): Promise<InvitationResponse> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.repository.findUserById(id, manager);
      if (!user) throw userNotFound(id);
      if (user.passwordHash) {
        throw new DomainError('conflict', 'user_active', 'This user has already chosen a password');
      }
      await this.audit.record(manager, { action: 'update', entityType: 'user', entityId: id, details: { invitation: 'reissued' } });
      return this.issueInvitation(manager, user);
    });
  }

  private async issueInvitation(manager: Parameters<AuthRepository['insertInvitation']>[0], user: UserEntity): Promise<InvitationResponse> {
    const token = newToken();
    const expiresAt = new Date(Date.now() + INVITATION_DAYS * 86_400_000);
    await this.repository.insertInvitation(manager, {
      id: tokenId(token),
      userId: user.id,
      createdBy: currentContext()?.actor?.id ?? null,
      expiresAt,
    });
    return {
      user: toUser(user),
      invitationUrl: `${this.config.publicUrl}/accept-invitation?token=${token}`,
      expiresAt: expiresAt.toISOString(),
    };
  }

  async update(id: string, input: UpdateUserInput): Promise<User> {
    const { version, disabled, ...rest } = input;
    return this.dataSource.transaction(async (manager) => {
      const before = await this.repository.findUserById(id, manager);
      if (!before) throw userNotFound(id);
      await this.keepAnAdmin(manager, before, input);
      const changes = { ...rest, ...(disabled === undefined ? {} : { disabledAt: disabled ? new Date() : null }) };
      if (!(await this.repository.updateUserIfVersion(manager, id, version, changes))) {
        throw new DomainError('conflict', 'user_version_conflict', 'This user was changed by someone else; reload and try again', [
          { path: 'version', message: `is stale: the current version is ${before.version}` },
        ], { current: toUser(before) });
      }
      // A disabled user is signed out everywhere at once.
      if (disabled) await this.repository.revokeUserSessions(manager, id);
      const after = await this.repository.findUserById(id, manager);
      await this.audit.record(manager, {
        action: 'update',
        entityType: 'user',
        entityId: id,
        changes: diffChanges(
          { name: before.name, role: before.role, disabled: Boolean(before.disabledAt) },
          { ...rest, ...(disabled === undefined ? {} : { disabled }) },
        ),
      });
      return toUser(after!);
    });
  }

  /** Nobody may demote or disable the last admin who can sign in: no one could undo it. */
  private async keepAnAdmin(manager: Parameters<AuthRepository['lockOtherActiveAdmins']>[0], user: UserEntity, input: UpdateUserInput): Promise<void> {
    const canSignIn = user.role === 'admin' && !user.disabledAt && user.passwordHash !== null;
    const demoted = input.role !== undefined && input.role !== 'admin';
    if (!canSignIn || (!demoted && input.disabled !== true)) return;
    if ((await this.repository.lockOtherActiveAdmins(manager, user.id)) > 0) return;
    throw lastAdmin(demoted ? 'role' : 'disabled');
  }
}
