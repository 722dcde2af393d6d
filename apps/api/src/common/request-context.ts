import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';
import type { Permission, Role } from '@coalition/contracts';
import { can } from '@coalition/contracts';

export interface RequestActor {
  id: string;
  email: string;
  role: Role;
  sessionId: string;
  csrfToken: string;
  sessionExpiresAt: Date;
  name: string;
}

export interface RequestContext {
  ip: string | null;
  userAgent: string | null;
  actor?: RequestActor;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Opens a context per request, so services can tell who acts (for audit and redaction). */
export function requestContextMiddleware(req: Request, _res: Response, next: NextFunction): void {
  storage.run({ ip: req.ip ?? null, userAgent: req.get('user-agent') ?? null }, next);
}

export function currentContext(): RequestContext | undefined {
  return storage.getStore();
}

/** Runs `fn` as `actor` outside HTTP (CLI, seed, tests). */
export function runAs<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function currentActorCan(permission: Permission): boolean {
  const actor = currentContext()?.actor;
  return actor ? can(actor.role, permission) : false;
}
