import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AttendanceStatus } from '@coalition/contracts';

/** One person at one meeting, counted for the organization they represented that day. */
@Entity({ name: 'attendance' })
export class AttendanceEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @PrimaryColumn({ name: 'contact_id', type: 'uuid' })
  contactId: string;

  /** Null: they came on their own. */
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ type: 'text' })
  status: AttendanceStatus;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
