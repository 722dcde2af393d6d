import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { SettingsRepository } from './settings.repository';

/**
 * Typed access to application settings. Callers own their key, its schema and its default;
 * writes run in the caller's transaction so the caller audits them alongside.
 */
@Injectable()
export class SettingsService {
  private readonly logger = new Logger(SettingsService.name);

  constructor(private readonly repository: SettingsRepository) {}

  /**
   * The stored value parsed by `schema`; the default when absent, or when a stored value no
   * longer fits the schema (a setting saved by an older version must not break the app).
   */
  async read<T>(key: string, schema: z.ZodType<T>, fallback: T, manager?: EntityManager): Promise<T> {
    const stored = await this.repository.find(key, manager);
    if (stored === undefined) return fallback;
    const parsed = schema.safeParse(stored);
    if (parsed.success) return parsed.data;
    this.logger.warn(`Setting ${key} no longer fits its shape; using the default`);
    return fallback;
  }

  write(manager: EntityManager, key: string, value: unknown): Promise<void> {
    return this.repository.save(manager, key, value);
  }
}
