import { z } from 'zod';
import { enumOf } from '../common/enums';
import { requiredText, versionField } from '../common/fields';
import { idSchema } from '../common/ids';
import { listResponseSchema, pageQueryShape } from '../common/pagination';
import { listParam, searchParam } from '../common/query';
import { BILL_STATUSES, sessionField } from './issue.schemas';

/** House (H.) or Senate (S.) bill numbers, as the Massachusetts legislature prints them. */
export const BILL_NUMBER_PATTERN = /^(H|S)\.\d{1,5}$/;

export const billNumberField = z
  .string({ error: 'must be text' })
  .trim()
  .toUpperCase()
  .regex(BILL_NUMBER_PATTERN, { error: 'must be a bill number such as H.1234 or S.567' });

export const BILL_SORT_FIELDS = ['number', 'title', 'status', 'updatedAt'] as const;
export type BillSortField = (typeof BILL_SORT_FIELDS)[number];
export const BILL_SORTS = BILL_SORT_FIELDS.flatMap((f) => [f, `-${f}`]) as [string, ...string[]];

export const billListQuerySchema = z.strictObject({
  ...pageQueryShape,
  q: searchParam,
  issueId: listParam(idSchema),
  status: listParam(enumOf(BILL_STATUSES)),
  session: listParam(sessionField),
  sort: enumOf(BILL_SORTS).default('number'),
});
export type BillListQuery = z.infer<typeof billListQuerySchema>;
export type BillListParams = z.input<typeof billListQuerySchema>;

export const billSummarySchema = z.object({
  id: z.uuid(),
  issueId: z.uuid(),
  issueTitle: z.string(),
  /** The session of the bill's issue; a number is unique within a session. */
  session: z.string(),
  number: z.string(),
  title: z.string(),
  status: z.enum(BILL_STATUSES),
  version: z.number().int(),
});
export type BillSummary = z.infer<typeof billSummarySchema>;

export const billDetailSchema = billSummarySchema.extend({
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type BillDetail = z.infer<typeof billDetailSchema>;

export const billListResponseSchema = listResponseSchema(billSummarySchema);
export type BillListResponse = z.infer<typeof billListResponseSchema>;

const billFields = {
  issueId: idSchema,
  number: billNumberField,
  title: requiredText(300),
  status: enumOf(BILL_STATUSES),
};

export const createBillSchema = z.strictObject({
  ...billFields,
  status: billFields.status.default('filed'),
});
export type CreateBill = z.infer<typeof createBillSchema>;
export type CreateBillInput = z.input<typeof createBillSchema>;

/** Only the fields sent change. A bill ends with status `dead`; it is never deleted. */
export const updateBillSchema = z.strictObject({
  ...z.object(billFields).partial().shape,
  version: versionField,
});
export type UpdateBill = z.infer<typeof updateBillSchema>;
export type UpdateBillInput = z.input<typeof updateBillSchema>;
