import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ImportKind, ImportMapping } from '@coalition/contracts';

/** A mapping saved under a name, offered again for a file of the same kind with the same headers. */
@Entity({ name: 'import_mapping' })
export class ImportMappingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: ImportKind;

  @Column({ type: 'jsonb' })
  headers: string[];

  @Column({ type: 'jsonb' })
  mapping: ImportMapping;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
