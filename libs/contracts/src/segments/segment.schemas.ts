import { z } from 'zod';
import { optionalText, requiredText, versionField } from '../common/fields';
import { listResponseSchema, pageQueryShape } from '../common/pagination';
import { searchParam } from '../common/query';
import { contactSummarySchema } from '../contacts/contact.schemas';
import { organizationSummarySchema } from '../organizations/organization.schemas';
import { segmentFilterSchema } from './filter.schemas';

/** `?archived=true` lists archived segments instead of the current ones. */
const booleanParam = z.preprocess(
  (value) => (value === '' ? undefined : value),
  z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .transform((v) => v === 'true')
    .optional(),
);

/** `POST /segments/preview`: what a filter selects, first page of each list. */
export const segmentPreviewRequestSchema = z.strictObject({
  filter: segmentFilterSchema,
  ...pageQueryShape,
});
export type SegmentPreviewRequest = z.infer<typeof segmentPreviewRequestSchema>;
export type SegmentPreviewRequestInput = z.input<typeof segmentPreviewRequestSchema>;

export const segmentCountsSchema = z.object({
  organizations: z.number().int(),
  contacts: z.number().int(),
});
export type SegmentCounts = z.infer<typeof segmentCountsSchema>;

export const segmentOrganizationListSchema = listResponseSchema(organizationSummarySchema);
export type SegmentOrganizationList = z.infer<typeof segmentOrganizationListSchema>;
export const segmentContactListSchema = listResponseSchema(contactSummarySchema);
export type SegmentContactList = z.infer<typeof segmentContactListSchema>;

export const segmentPreviewSchema = z.object({
  organizations: segmentOrganizationListSchema,
  contacts: segmentContactListSchema,
});
export type SegmentPreview = z.infer<typeof segmentPreviewSchema>;

export const segmentListQuerySchema = z.strictObject({
  ...pageQueryShape,
  /** Part of the segment's name. */
  q: searchParam,
  archived: booleanParam,
});
export type SegmentListQuery = z.infer<typeof segmentListQuerySchema>;
export type SegmentListParams = z.input<typeof segmentListQuerySchema>;

/** `GET /segments/:id/organizations` and `/contacts`: one page of a saved segment, evaluated now. */
export const segmentResultsQuerySchema = z.strictObject({ ...pageQueryShape });
export type SegmentResultsQuery = z.infer<typeof segmentResultsQuerySchema>;
export type SegmentResultsParams = z.input<typeof segmentResultsQuerySchema>;

export const segmentSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string().nullable(),
  filter: segmentFilterSchema,
  owner: z.object({ id: z.uuid(), name: z.string() }),
  /** Shared segments are visible to every organizer; private ones to their owner only. */
  shared: z.boolean(),
  /** Counted live when the segment is read. */
  counts: segmentCountsSchema,
  version: z.number().int(),
  archivedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type SegmentSummary = z.infer<typeof segmentSummarySchema>;

export const segmentCountHistoryItemSchema = segmentCountsSchema.extend({
  countedOn: z.iso.date(),
});
export type SegmentCountHistoryItem = z.infer<typeof segmentCountHistoryItemSchema>;

export const segmentDetailSchema = segmentSummarySchema.extend({
  /** One entry per day the segment was counted, oldest first. */
  history: z.array(segmentCountHistoryItemSchema),
});
export type SegmentDetail = z.infer<typeof segmentDetailSchema>;

export const segmentListResponseSchema = listResponseSchema(segmentSummarySchema);
export type SegmentListResponse = z.infer<typeof segmentListResponseSchema>;

export const createSegmentSchema = z.strictObject({
  name: requiredText(120),
  description: optionalText(2000),
  filter: segmentFilterSchema,
  shared: z.boolean({ error: 'must be true or false' }).default(false),
});
export type CreateSegment = z.infer<typeof createSegmentSchema>;
export type CreateSegmentInput = z.input<typeof createSegmentSchema>;

/** Only the fields sent change; `version` is the one the client read. */
export const updateSegmentSchema = z.strictObject({
  name: requiredText(120).optional(),
  description: optionalText(2000),
  filter: segmentFilterSchema.optional(),
  shared: z.boolean({ error: 'must be true or false' }).optional(),
  version: versionField,
});
export type UpdateSegment = z.infer<typeof updateSegmentSchema>;
export type UpdateSegmentInput = z.input<typeof updateSegmentSchema>;
