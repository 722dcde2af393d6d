import type { AppConfig } from '../config/app-config';
import { type DatabaseConnection, openDatabase } from './database-connection';
import { ensureInitialAdmin } from './initial-admin';
import { seedDemoCoalition } from './seed/demo-seed';

type Log = (message: string) => void;

/** Opens the configured database, applies pending migrations and seeds the demo if asked. */
export async function prepareDatabase(config: AppConfig, log: Log): Promise<DatabaseConnection> {
  const connection = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.databaseUrl ? undefined : config.dataDir,
  });
  try {
    const applied = await connection.dataSource.runMigrations({ transaction: 'each' });
    if (applied.length) log(`Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`);
    if (config.demoSeed) await seedDemoCoalition(connection.dataSource, log, config.demoPassword);
    if (config.initialAdmin) await ensureInitialAdmin(connection.dataSource, config.initialAdmin, log);
    return connection;
  } catch (error) {
    await connection.close();
    throw error;
  }
}
