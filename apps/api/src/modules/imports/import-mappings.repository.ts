import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ImportKind, ImportMapping, SavedMappingInput } from '@coalition/contracts';
import { returning } from './imports.repository';

export interface SavedMappingRow {
  id: string;
  name: string;
  kind: ImportKind;
  headers: string[];
  mapping: ImportMapping;
  createdAt: Date;
}

const SELECT_MAPPING = `SELECT id, name, kind, headers, mapping, created_at AS "createdAt" FROM import_mapping`;

/** Every query of saved mappings. */
@Injectable()
export class ImportMappingsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async list(
    kind: ImportKind | undefined,
    page: number,
    pageSize: number,
  ): Promise<{ rows: SavedMappingRow[]; total: number }> {
    const where = `($1::text IS NULL OR kind = $1)`;
    const rows = await this.dataSource.query<SavedMappingRow[]>(
      `${SELECT_MAPPING} WHERE ${where} ORDER BY lower(name), id LIMIT $2 OFFSET $3`,
      [kind ?? null, pageSize, (page - 1) * pageSize],
    );
    const [{ total }] = await this.dataSource.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM import_mapping WHERE ${where}`,
      [kind ?? null],
    );
    return { rows, total };
  }

  async byId(id: string, manager?: EntityManager): Promise<SavedMappingRow | null> {
    const [row] = await (manager ?? this.dataSource.manager).query<SavedMappingRow[]>(
      `${SELECT_MAPPING} WHERE id = $1`,
      [id],
    );
    return row ?? null;
  }

  async byName(kind: ImportKind, name: string): Promise<SavedMappingRow | null> {
    const [row] = await this.dataSource.query<SavedMappingRow[]>(
      `${SELECT_MAPPING} WHERE kind = $1 AND lower(name) = lower(btrim($2))`,
      [kind, name],
    );
    return row ?? null;
  }

  /** The newest mapping saved for this kind whose headers are these, compared trimmed and case aside. */
  async forHeaders(
    manager: EntityManager,
    kind: ImportKind,
    headers: string[],
  ): Promise<SavedMappingRow | null> {
    const [row] = await manager.query<SavedMappingRow[]>(
      `${SELECT_MAPPING}
        WHERE kind = $1
          AND (SELECT array_agg(lower(btrim(h)) ORDER BY n) FROM jsonb_array_elements_text(headers) WITH ORDINALITY AS x(h, n))
            = (SELECT array_agg(lower(btrim(h)) ORDER BY n) FROM jsonb_array_elements_text($2::jsonb) WITH ORDINALITY AS x(h, n))
        ORDER BY created_at DESC LIMIT 1`,
      [kind, JSON.stringify(headers)],
    );
    return row ?? null;
  }

  async insert(
    manager: EntityManager,
    input: SavedMappingInput,
    createdBy: string | null,
  ): Promise<string> {
    const [{ id }] = await manager.query<{ id: string }[]>(
      `INSERT INTO import_mapping (name, kind, headers, mapping, created_by) VALUES (btrim($1), $2, $3::jsonb, $4::jsonb, $5) RETURNING id`,
      [
        input.name,
        input.kind,
        JSON.stringify(input.headers),
        JSON.stringify(input.mapping),
        createdBy,
      ],
    );
    return id;
  }

  async delete(manager: EntityManager, id: string): Promise<boolean> {
    const rows = await returning<{ id: string }>(
      manager,
      `DELETE FROM import_mapping WHERE id = $1 RETURNING id`,
      [id],
    );
    return rows.length > 0;
  }
}
