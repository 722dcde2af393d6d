import type { CookieOptions, Request, Response } from 'express';

export const SESSION_COOKIE = 'coalition_session';
export const CSRF_HEADER = 'x-csrf-token';

function options(req: Request): CookieOptions {
  // Secure whenever the request arrived over HTTPS (directly or through a trusted proxy).
  return { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/' };
}

export function setSessionCookie(req: Request, res: Response, token: string, expiresAt: Date): void {
  res.cookie(SESSION_COOKIE, token, { ...options(req), expires: expiresAt });
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(SESSION_COOKIE, options(req));
}

export function sessionToken(req: Request): string | undefined {
  const cookies = req.cookies as Record<string, unknown> | undefined;
  const value = cookies?.[SESSION_COOKIE];
  return typeof value === 'string' && value.length > 0 && value.length < 200 ? value : undefined;
}
