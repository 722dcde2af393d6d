import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/** Every query of the settings table. */
@Injectable()
export class SettingsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The stored value, or undefined when the key was never set. */
  async find(key: string, manager?: EntityManager): Promise<unknown> {
    const rows = await (manager ?? this.dataSource.manager).query<{ value: unknown }[]>(
      `SELECT value FROM settings WHERE key = $1`,
      [key],
    );
    return rows[0]?.value;
  }

  async save(manager: EntityManager, key: string, value: unknown): Promise<void> {
    await manager.query(
      `INSERT INTO settings (key, value) VALUES ($1, $2)
       ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
      [key, JSON.stringify(value)],
    );
  }
}
