import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { RowClass, RowMatch, RowProblem } from '@coalition/contracts';

export type RowOutcome = 'created' | 'updated' | 'skipped' | 'failed';

/** One data row of an imported file: its cells as read, then what the preview and the run made of it. */
@Entity({ name: 'import_row' })
export class ImportRowEntity {
  @PrimaryColumn({ name: 'job_id', type: 'uuid' })
  jobId: string;

  @PrimaryColumn({ name: 'row_number', type: 'integer' })
  rowNumber: number;

  @Column({ type: 'jsonb' })
  cells: string[];

  @Column({ type: 'text', nullable: true })
  class: RowClass | null;

  /** The parsed values, keyed by import field (parsing/parse-row.ts). */
  @Column({ type: 'jsonb', nullable: true })
  values: Record<string, unknown> | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  problems: RowProblem[];

  @Column({ type: 'jsonb', nullable: true })
  match: RowMatch | null;

  @Column({ name: 'near_matches', type: 'jsonb', default: () => "'[]'" })
  nearMatches: RowMatch[];

  @Column({ name: 'duplicate_of', type: 'integer', nullable: true })
  duplicateOf: number | null;

  @Column({ type: 'text', nullable: true })
  outcome: RowOutcome | null;

  @Column({ name: 'record_id', type: 'uuid', nullable: true })
  recordId: string | null;
}
