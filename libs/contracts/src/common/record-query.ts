import { z } from 'zod';
import { idSchema } from './ids';
import { pageQueryShape } from './pagination';

/**
 * One page of what happened to one record, a person (`?contactId=`) or an organization
 * (`?organizationId=`): the query of every tab that shows a record's history (meetings,
 * outreach). Exactly one of the two ids is required.
 */
export const recordHistoryQuerySchema = z
  .strictObject({
    ...pageQueryShape,
    contactId: idSchema.optional(),
    organizationId: idSchema.optional(),
  })
  .refine((q) => (q.contactId === undefined) !== (q.organizationId === undefined), {
    error: 'name exactly one of contactId and organizationId',
    path: ['contactId'],
  });
