import { type Role, ROLES, ROLE_LABELS } from '@coalition/contracts';
import type { EntityManager } from 'typeorm';
import { hashPassword } from '../../modules/auth/secrets';
import { UserEntity } from '../../modules/auth/user.entity';

/** One demo account per role, e.g. organizer@example.org. */
export function demoUserEmail(role: Role): string {
  return `${role}@example.org`;
}

export async function seedDemoUsers(manager: EntityManager, password: string, log: (m: string) => void): Promise<void> {
  const passwordHash = await hashPassword(password);
  await manager.insert(
    UserEntity,
    ROLES.map((role) => ({ email: demoUserEmail(role), name: `Demo ${ROLE_LABELS[role]}`, role, passwordHash })),
  );
  log(`  users ${ROLES.length} (one per role)`);
}
