import { DomainError } from '../../common/domain-error';

export const invalidCredentials = () =>
  new DomainError('unauthenticated', 'invalid_credentials', 'The email or password is incorrect');

export const notSignedIn = () =>
  new DomainError('unauthenticated', 'unauthenticated', 'Sign in to continue');

export const accountDisabled = () =>
  new DomainError('forbidden', 'account_disabled', 'This account is disabled; ask an admin');

export const csrfRefused = () =>
  new DomainError('forbidden', 'csrf_failed', 'Missing or wrong X-CSRF-Token header; reload the page and try again');

export const permissionDenied = (permission: string) =>
  new DomainError('forbidden', 'forbidden', `Your role may not do this (needs "${permission}")`);

export const invitationInvalid = () =>
  new DomainError('invalid', 'invitation_invalid', 'This invitation link is invalid, expired or already used', [
    { path: 'token', message: 'is invalid, expired or already used' },
  ]);

export const wrongCurrentPassword = () =>
  new DomainError('invalid', 'wrong_password', 'The current password is incorrect', [
    { path: 'currentPassword', message: 'is incorrect' },
  ]);

export const userNotFound = (id: string) => new DomainError('not_found', 'user_not_found', `No user has the id ${id}`);

export const userDuplicate = (email: string) =>
  new DomainError('conflict', 'user_duplicate', `A user with the email ${email} already exists`, [
    { path: 'email', message: 'is already used by another user' },
  ]);

export const tooManyAttempts = (retryAfterSeconds: number) =>
  new DomainError(
    'rate_limited',
    'too_many_attempts',
    `Too many failed sign-ins; try again in ${Math.ceil(retryAfterSeconds / 60)} minutes`,
    undefined,
    { retryAfterSeconds },
  );

export const lastAdmin = (field: 'role' | 'disabled') =>
  new DomainError('conflict', 'last_admin', 'This is the last active admin: make someone else admin first', [
    { path: field, message: 'cannot change: the coalition would be left without an active admin' },
  ]);
