import {
  type CreateSegment,
  createSegmentSchema,
  type FieldError,
  type SegmentDetail,
  type UpdateSegmentInput,
} from '@coalition/contracts';
import { createZodForm, type FormFieldErrors } from '@/lib/zod-form';

/** The segment's own fields, as the save and edit forms hold them (the filter is the builder's). */
export interface SegmentDetailsValues {
  name?: string;
  description?: string | null;
  shared: boolean;
}

export const SEGMENT_DETAILS_LABELS: Record<keyof SegmentDetailsValues, string> = {
  name: 'Name',
  description: 'Description',
  shared: 'Shared',
};

export const NEW_SEGMENT_DETAILS: SegmentDetailsValues = { shared: false };

/** Client-side validation is the contract's own schema, the filter left to the builder. */
export const segmentDetailsForm = createZodForm({
  schema: createSegmentSchema.pick({ name: true, description: true, shared: true }),
  toInput: (values: SegmentDetailsValues) => ({ ...values }),
  labels: SEGMENT_DETAILS_LABELS,
});

export type SegmentDetailsData = Pick<CreateSegment, 'name' | 'description' | 'shared'>;

export function toSegmentDetailsValues(segment: SegmentDetail): SegmentDetailsValues {
  return { name: segment.name, description: segment.description, shared: segment.shared };
}

/** The PATCH body: only what changed since the version the form was filled from. */
export function segmentDetailsChanges(
  base: SegmentDetail,
  data: SegmentDetailsData,
): UpdateSegmentInput {
  const changes: UpdateSegmentInput = { version: base.version };
  if (data.name !== base.name) changes.name = data.name;
  if ((data.description ?? null) !== base.description)
    changes.description = data.description ?? null;
  if (data.shared !== base.shared) changes.shared = data.shared;
  return changes;
}

export function hasChanges(update: UpdateSegmentInput): boolean {
  return Object.keys(update).some((key) => key !== 'version');
}

/** The API's refusal placed on the form's fields; what no field can show comes back apart. */
export function segmentDetailsFieldErrors(fields: readonly FieldError[]): {
  placed: FormFieldErrors<SegmentDetailsValues>;
  unplaced: string[];
} {
  return segmentDetailsForm.fromApiFields(fields);
}
