import { type DynamicModule, Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DatabaseConnection } from './database-connection';

/** Injection token of the open DatabaseConnection (its kind and close()). */
export const DATABASE = Symbol('DATABASE');

/**
 * Hands an already opened, migrated connection to the app. Opening and closing stay with
 * the caller (main.ts or a test), which owns the order: close Nest first, then the database.
 */
@Global()
@Module({})
export class DatabaseModule {
  static forConnection(connection: DatabaseConnection): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        { provide: DATABASE, useValue: connection },
        { provide: DataSource, useValue: connection.dataSource },
      ],
      exports: [DATABASE, DataSource],
    };
  }
}
