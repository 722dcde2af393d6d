import type { DataSource } from 'typeorm';
import { hashPassword } from '../modules/auth/secrets';
import { UserEntity } from '../modules/auth/user.entity';

/**
 * First run on a production database: nothing is open until an admin exists. With
 * ADMIN_EMAIL/ADMIN_PASSWORD set, that admin is created while the users table is still empty.
 */
export async function ensureInitialAdmin(
  dataSource: DataSource,
  admin: { email: string; password: string },
  log: (m: string) => void,
): Promise<boolean> {
  const passwordHash = await hashPassword(admin.password);
  return dataSource.transaction(async (manager) => {
    if ((await manager.count(UserEntity)) > 0) return false;
    await manager.insert(UserEntity, { email: admin.email, name: 'Administrator', role: 'admin', passwordHash });
    log(`Created the first admin, ${admin.email} (from ADMIN_EMAIL)`);
    return true;
  });
}
