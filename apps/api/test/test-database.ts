import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { type DatabaseConnection, openDatabase } from '../src/database/database-connection';

/**
 * A fresh, migrated database for one test file.
 * - Default: an in-memory PGlite, so `npm test` needs no running service.
 * - With DATABASE_URL (CI's second run): a new database on that PostgreSQL server, created
 *   here and dropped on close, so files never share a dirty schema.
 */
export async function openTestDatabase(): Promise<DatabaseConnection> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return migrated(await openDatabase({}));

  const name = `coalition_test_${randomBytes(6).toString('hex')}`;
  await admin(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const connection = await migrated(await openDatabase({ databaseUrl: url.toString() }));
  return {
    ...connection,
    close: async () => {
      await connection.close();
      await admin(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

async function migrated(connection: DatabaseConnection): Promise<DatabaseConnection> {
  await connection.dataSource.runMigrations({ transaction: 'each' });
  return connection;
}

async function admin(serverUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
