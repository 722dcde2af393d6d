import type { DataSource } from 'typeorm';
import type { SegmentFilterInput } from '@coalition/contracts';

export interface SegmentFixture {
  name?: string;
  filter: SegmentFilterInput;
  ownerUserId: string;
  shared?: boolean;
}

let sequence = 0;

/** Inserts saved segments straight into the table (the segments API is tested on its own). */
export async function insertSegments(dataSource: DataSource, ...segments: SegmentFixture[]): Promise<string[]> {
  const ids: string[] = [];
  for (const s of segments) {
    sequence += 1;
    const [row] = await dataSource.query<{ id: string }[]>(
      `INSERT INTO segment (name, filter, owner_user_id, shared) VALUES ($1, $2, $3, $4) RETURNING id`,
      [s.name ?? `Test Segment ${sequence}`, JSON.stringify(s.filter), s.ownerUserId, s.shared ?? false],
    );
    ids.push(row.id);
  }
  return ids;
}
