import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type {
  ImportCounts,
  ImportKind,
  ImportMapping,
  ImportStatus,
  ImportSummary,
  RunImportInput,
} from '@coalition/contracts';

/** One uploaded file on its way in: its table's shape, the mapping, the preview's counts and the run's progress. */
@Entity({ name: 'import_job' })
export class ImportJobEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: ImportKind;

  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  @Column({ type: 'text' })
  format: 'csv' | 'xlsx';

  @Column({ type: 'text', nullable: true })
  encoding: string | null;

  @Column({ type: 'text', nullable: true })
  delimiter: string | null;

  @Column({ type: 'jsonb' })
  headers: string[];

  @Column({ name: 'row_count', type: 'integer' })
  rowCount: number;

  @Column({ type: 'jsonb' })
  mapping: ImportMapping;

  @Column({ type: 'text', default: 'uploaded' })
  status: ImportStatus;

  @Column({ type: 'jsonb', nullable: true })
  counts: ImportCounts | null;

  @Column({ type: 'jsonb', nullable: true })
  decisions: RunImportInput | null;

  @Column({ type: 'integer', default: 0 })
  processed: number;

  @Column({ type: 'jsonb', nullable: true })
  summary: ImportSummary | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Column({ name: 'heartbeat_at', type: 'timestamptz', nullable: true })
  heartbeatAt: Date | null;
}
