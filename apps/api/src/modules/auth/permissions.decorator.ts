import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiCookieAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Permission } from '@coalition/contracts';

export const PERMISSION_KEY = 'coalition:permission';
export const PUBLIC_KEY = 'coalition:public';

/** Every route declares what it needs; the global AuthGuard refuses routes that declare nothing. */
export function RequirePermission(permission: Permission) {
  return applyDecorators(
    SetMetadata(PERMISSION_KEY, permission),
    ApiCookieAuth('session'),
    ApiUnauthorizedResponse({ description: 'No valid session' }),
    ApiForbiddenResponse({ description: `Needs the "${permission}" permission` }),
  );
}

/** Open without a session: only health, sign-in and invitation acceptance. */
export function Public() {
  return SetMetadata(PUBLIC_KEY, true);
}
