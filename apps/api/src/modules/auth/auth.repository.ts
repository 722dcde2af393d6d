import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import type { UserListQuery } from '@coalition/contracts';
import { likeContains } from '../../common/sql-query';
import { InvitationEntity } from './invitation.entity';
import { SessionEntity } from './session.entity';
import { UserEntity } from './user.entity';

export interface ActiveSession {
  session: SessionEntity;
  user: UserEntity;
}

/** Every query on users, sessions and invitations. */
@Injectable()
export class AuthRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  findUserByEmail(email: string, manager?: EntityManager): Promise<UserEntity | null> {
    return this.m(manager)
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('lower(u.email) = lower(:email)', { email })
      .getOne();
  }

  findUserById(id: string, manager?: EntityManager): Promise<UserEntity | null> {
    return this.m(manager).findOne(UserEntity, { where: { id } });
  }

  countUsers(manager?: EntityManager): Promise<number> {
    return this.m(manager).count(UserEntity);
  }

  async insertUser(manager: EntityManager, user: Pick<UserEntity, 'email' | 'name' | 'role' | 'passwordHash'>): Promise<UserEntity> {
    const repository = manager.getRepository(UserEntity);
    return repository.save(repository.create(user));
  }

  async updateUserIfVersion(
    manager: EntityManager,
    id: string,
    version: number,
    changes: Partial<Pick<UserEntity, 'name' | 'role' | 'disabledAt' | 'passwordHash'>>,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(UserEntity)
      .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  /**
   * The other admins who can sign in (active, not disabled), locked until the transaction ends
   * so two admins demoting each other at once cannot both succeed.
   */
  async lockOtherActiveAdmins(manager: EntityManager, exceptId: string): Promise<number> {
    const rows: unknown[] = await manager.query(
      `SELECT id FROM app_user
        WHERE role = 'admin' AND disabled_at IS NULL AND password_hash IS NOT NULL AND id <> $1
        FOR UPDATE`,
      [exceptId],
    );
    return rows.length;
  }

  async setPassword(manager: EntityManager, id: string, passwordHash: string): Promise<void> {
    await manager.update(UserEntity, { id }, { passwordHash, version: () => 'version + 1' });
  }

  async markSignedIn(manager: EntityManager, id: string): Promise<void> {
    await manager.update(UserEntity, { id }, { lastSignInAt: () => 'now()' });
  }

  /** Users not disabled whose role is one of `roles` (only those among `ids` when given), by name. */
  usersInRoles(roles: readonly string[], ids?: string[], manager?: EntityManager): Promise<{ id: string; name: string }[]> {
    return this.m(manager).query(
      `SELECT id, name FROM app_user
        WHERE disabled_at IS NULL AND role = ANY($1::text[]) AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))
        ORDER BY lower(name), id`,
      [roles, ids ?? null],
    );
  }

  async listUsers(query: UserListQuery): Promise<{ rows: UserEntity[]; total: number }> {
    const qb = this.dataSource.getRepository(UserEntity).createQueryBuilder('u');
    if (query.q) qb.andWhere('(search_key(u.name) LIKE search_key(:q) OR lower(u.email) LIKE lower(:q))', { q: likeContains(query.q) });
    if (query.role) qb.andWhere('u.role IN (:...roles)', { roles: query.role });
    const total = await qb.getCount();
    const rows = await qb.orderBy('lower(u.name)').addOrderBy('u.id').offset((query.page - 1) * query.pageSize).limit(query.pageSize).getMany();
    return { rows, total };
  }

  async insertSession(manager: EntityManager, session: Omit<SessionEntity, 'createdAt' | 'lastSeenAt' | 'revokedAt'>): Promise<void> {
    await manager.insert(SessionEntity, session);
  }

  /** A session is active until revoked, past its absolute expiry, or idle for too long. */
  async findActiveSession(id: string, idleSince: Date): Promise<ActiveSession | null> {
    const session = await this.dataSource
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .where('s.id = :id AND s.revoked_at IS NULL AND s.expires_at > now() AND s.last_seen_at > :idleSince', { id, idleSince })
      .getOne();
    if (!session) return null;
    const user = await this.findUserById(session.userId);
    return user ? { session, user } : null;
  }

  async touchSession(id: string): Promise<void> {
    await this.dataSource.manager.update(SessionEntity, { id }, { lastSeenAt: () => 'now()' });
  }

  async revokeSession(manager: EntityManager, id: string): Promise<void> {
    await manager.update(SessionEntity, { id, revokedAt: IsNull() }, { revokedAt: () => 'now()' });
  }

  async revokeUserSessions(manager: EntityManager, userId: string, exceptId?: string): Promise<void> {
    const qb = manager.createQueryBuilder().update(SessionEntity).set({ revokedAt: () => 'now()' }).where('user_id = :userId AND revoked_at IS NULL', { userId });
    if (exceptId) qb.andWhere('id <> :exceptId', { exceptId });
    await qb.execute();
  }

  async insertInvitation(manager: EntityManager, invitation: Omit<InvitationEntity, 'createdAt' | 'usedAt'>): Promise<void> {
    await manager.insert(InvitationEntity, invitation);
  }

  /** Claims an unused, unexpired invitation; null when it is not (so a link works once). */
  async claimInvitation(manager: EntityManager, id: string): Promise<string | null> {
    const rows = await manager.query<{ user_id: string }[]>(
      `UPDATE user_invitation SET used_at = now() WHERE id = $1 AND used_at IS NULL AND expires_at > now() RETURNING user_id`,
      [id],
    );
    const updated = Array.isArray(rows[0]) ? (rows[0] as { user_id: string }[]) : rows;
    return updated[0]?.user_id ?? null;
  }
}
