import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  type AcceptInvitationInput,
  type ChangePasswordInput,
  type LoginInput,
  type MeResponse,
  ROLE_PERMISSIONS,
} from '@coalition/contracts';
import { currentContext } from '../../common/request-context';
import { APP_CONFIG } from '../../config/config.token';
import type { AppConfig } from '../../config/app-config';
import { AuditService } from '../audit/audit.service';
import {
  accountDisabled,
  invalidCredentials,
  invitationInvalid,
  notSignedIn,
  tooManyAttempts,
  wrongCurrentPassword,
} from './auth.errors';
import { type ActiveSession, AuthRepository } from './auth.repository';
import { burnPasswordCheck, hashPassword, newToken, tokenId, verifyPassword } from './secrets';
import type { UserEntity } from './user.entity';

const RATE_WINDOW_MS = 15 * 60_000;
const MAX_FAILURES_PER_ACCOUNT = 5;
const MAX_FAILURES_PER_IP = 20;
const TOUCH_EVERY_MS = 60_000;

export interface NewSession {
  token: string;
  me: MeResponse;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly repository: AuthRepository,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(input: LoginInput): Promise<NewSession> {
    const ip = currentContext()?.ip ?? null;
    await this.refuseWhenRateLimited(input.email, ip);
    const user = await this.repository.findUserByEmail(input.email);
    const valid = user?.passwordHash ? await verifyPassword(user.passwordHash, input.password) : (await burnPasswordCheck(input.password), false);
    if (!user || !valid) {
      await this.audit.recordAlone({ action: 'sign_in_failed', actorEmail: input.email, details: { email: input.email } });
      throw invalidCredentials();
    }
    if (user.disabledAt) {
      await this.audit.recordAlone({ action: 'sign_in_failed', actorEmail: user.email, entityType: 'user', entityId: user.id, details: { email: input.email, reason: 'disabled' } });
      throw accountDisabled();
    }
    return this.startSession(user);
  }

  private async refuseWhenRateLimited(email: string, ip: string | null): Promise<void> {
    const since = new Date(Date.now() - RATE_WINDOW_MS);
    const { byEmail, byIp } = await this.audit.countFailedSignIns(since, email, ip);
    if (byEmail >= MAX_FAILURES_PER_ACCOUNT || byIp >= MAX_FAILURES_PER_IP) {
      throw tooManyAttempts(RATE_WINDOW_MS / 1000);
    }
  }

  /** A new session, recorded as `sign_in` (or as the step that signed the person in). */
  private async startSession(
    user: UserEntity,
    within: { manager?: EntityManager; action?: 'sign_in' | 'invitation_accepted' } = {},
  ): Promise<NewSession> {
    const token = newToken();
    const csrfToken = newToken();
    const expiresAt = new Date(Date.now() + this.config.session.maxHours * 3_600_000);
    const context = currentContext();
    const open = async (manager: EntityManager) => {
      await this.repository.insertSession(manager, {
        id: tokenId(token),
        userId: user.id,
        csrfToken,
        expiresAt,
        ip: context?.ip ?? null,
        userAgent: context?.userAgent?.slice(0, 300) ?? null,
      });
      await this.repository.markSignedIn(manager, user.id);
      await this.audit.record(manager, { action: within.action ?? 'sign_in', actorEmail: user.email, entityType: 'user', entityId: user.id });
    };
    await (within.manager ? open(within.manager) : this.dataSource.transaction(open));
    return { token, me: this.toMe(user, csrfToken, expiresAt) };
  }

  /** Who is signed in, from the session the guard already loaded for this request. */
  me(): MeResponse {
    const actor = currentContext()?.actor;
    if (!actor) throw notSignedIn();
    return this.toMe(actor, actor.csrfToken, actor.sessionExpiresAt);
  }

  toMe(user: Pick<UserEntity, 'id' | 'email' | 'name' | 'role'>, csrfToken: string, expiresAt: Date): MeResponse {
    return {
      user: { id: user.id, email: user.email, name: user.name, role: user.role, permissions: [...ROLE_PERMISSIONS[user.role]] },
      csrfToken,
      expiresAt: expiresAt.toISOString(),
    };
  }

  /** The guard's question: which session (and user) does this cookie token belong to? */
  async authenticate(token: string): Promise<ActiveSession | null> {
    const idleSince = new Date(Date.now() - this.config.session.idleMinutes * 60_000);
    const active = await this.repository.findActiveSession(tokenId(token), idleSince);
    if (!active || active.user.disabledAt) return null;
    if (Date.now() - active.session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      await this.repository.touchSession(active.session.id);
    }
    return active;
  }

  async logout(sessionId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.repository.revokeSession(manager, sessionId);
      await this.audit.record(manager, { action: 'sign_out', entityType: 'user', entityId: currentContext()?.actor?.id });
    });
  }

  async changePassword(input: ChangePasswordInput): Promise<void> {
    const actor = currentContext()?.actor;
    if (!actor) throw notSignedIn();
    const user = await this.repository.findUserById(actor.id);
    if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) throw wrongCurrentPassword();
    const passwordHash = await hashPassword(input.newPassword);
    await this.dataSource.transaction(async (manager) => {
      await this.repository.setPassword(manager, user.id, passwordHash);
      // Other browsers signed in with the old password are signed out.
      await this.repository.revokeUserSessions(manager, user.id, actor.sessionId);
      await this.audit.record(manager, { action: 'password_change', entityType: 'user', entityId: user.id, changes: [{ field: 'passwordHash', before: '[redacted]', after: '[redacted]' }] });
    });
  }

  async acceptInvitation(input: AcceptInvitationInput): Promise<NewSession> {
    const passwordHash = await hashPassword(input.password);
    return this.dataSource.transaction(async (manager) => {
      const userId = await this.repository.claimInvitation(manager, tokenId(input.token));
      const invited = userId ? await this.repository.findUserById(userId, manager) : null;
      if (!invited || invited.disabledAt) throw invitationInvalid();
      await this.repository.setPassword(manager, invited.id, passwordHash);
      // One event: accepting the invitation is also how the person signs in the first time.
      return this.startSession(invited, { manager, action: 'invitation_accepted' });
    });
  }
}
