import { type CanActivate, type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { can, type Permission } from '@coalition/contracts';
import { currentContext } from '../../common/request-context';
import { AuditService } from '../audit/audit.service';
import { csrfRefused, notSignedIn, permissionDenied } from './auth.errors';
import { AuthService } from './auth.service';
import { PERMISSION_KEY, PUBLIC_KEY } from './permissions.decorator';
import { CSRF_HEADER, sessionToken } from './session-cookie';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Global guard, fail-closed: a route is open only if marked @Public(); otherwise it needs a live
 * session, the CSRF header on writes, and the permission the route declares. A route that
 * declares none is refused (and logged) rather than left open.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger('AuthGuard');

  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const req = context.switchToHttp().getRequest<Request>();
    const token = sessionToken(req);
    const active = token ? await this.auth.authenticate(token) : null;
    if (!active) throw notSignedIn();
    const store = currentContext();
    if (store) {
      store.actor = {
        id: active.user.id,
        email: active.user.email,
        name: active.user.name,
        role: active.user.role,
        sessionId: active.session.id,
        csrfToken: active.session.csrfToken,
        sessionExpiresAt: active.session.expiresAt,
      };
    }

    const permission = this.reflector.getAllAndOverride<Permission | undefined>(PERMISSION_KEY, targets);
    if (!SAFE_METHODS.has(req.method) && req.get(CSRF_HEADER) !== active.session.csrfToken) {
      await this.refuse(req, permission ?? 'none', 'csrf');
      throw csrfRefused();
    }
    if (!permission) {
      this.logger.error(`${req.method} ${req.path} declares no permission: refused`);
      throw permissionDenied('a declared permission');
    }
    if (!can(active.user.role, permission)) {
      await this.refuse(req, permission, 'role');
      throw permissionDenied(permission);
    }
    return true;
  }

  private refuse(req: Request, permission: string, reason: 'role' | 'csrf'): Promise<void> {
    return this.audit.recordAlone({
      action: 'permission_denied',
      details: { method: req.method, path: req.path, permission, reason },
    });
  }
}
