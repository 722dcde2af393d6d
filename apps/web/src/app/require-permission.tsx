import type { Permission } from '@coalition/contracts';
import { lazy, type ReactNode } from 'react';
import { useCan } from '@/lib/session';

const ForbiddenPage = lazy(() =>
  import('./forbidden-page').then((m) => ({ default: m.ForbiddenPage })),
);

interface RequirePermissionProps {
  permission: Permission;
  children: ReactNode;
}

/**
 * A page the person's role may not use says so, instead of loading and failing with 403s.
 * The API refuses anyway; this is for a typed or shared address.
 */
export function RequirePermission({ permission, children }: RequirePermissionProps) {
  return useCan(permission) ? children : <ForbiddenPage />;
}
