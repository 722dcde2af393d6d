import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PhoneLabel } from '@coalition/contracts';

/**
 * One phone number of a contact. The table also has `number_digits` (digits only), a generated
 * column the database fills; it is read only in SQL, so it is not mapped here.
 */
@Entity({ name: 'contact_phone' })
export class ContactPhoneEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'contact_id', type: 'uuid' })
  contactId: string;

  @Column({ type: 'text' })
  number: string;

  @Column({ type: 'text' })
  label: PhoneLabel;

  @Column({ name: 'is_primary', type: 'boolean', default: false })
  primary: boolean;

  @Column({ type: 'smallint', default: 0 })
  position: number;
}
