import type { SegmentDetail } from '@coalition/contracts';
import { Form } from 'antd';
import { useState } from 'react';
import { EditDrawer } from '@/components/edit-drawer';
import { isApiError } from '@/lib/api-client';
import { useRecordEdit } from '@/lib/use-record-edit';
import { versionConflictCurrent } from '../api/segment-version-conflict';
import { useUpdateSegment } from '../api/use-update-segment';
import { SegmentDetailsForm } from './segment-details-form';
import {
  hasChanges,
  segmentDetailsChanges,
  segmentDetailsFieldErrors,
  type SegmentDetailsValues,
  toSegmentDetailsValues,
} from './segment-details-model';

interface EditSegmentDrawerProps {
  segment: SegmentDetail;
  open: boolean;
  onClose: () => void;
}

/** Renames, describes or (un)shares a segment, against the version the form was filled from. */
export function EditSegmentDrawer({ segment, open, onClose }: EditSegmentDrawerProps) {
  const [form] = Form.useForm<SegmentDetailsValues>();
  const [initialValues] = useState(() => toSegmentDetailsValues(segment));
  const edit = useRecordEdit({
    record: segment,
    update: useUpdateSegment(),
    changesOf: segmentDetailsChanges,
    hasChanges,
    conflictOf: versionConflictCurrent,
    showError: (error) => {
      const fields = isApiError(error) ? (error.body.fields ?? []) : [];
      const { placed, unplaced } = segmentDetailsFieldErrors(fields);
      form.setFields(placed);
      return placed.length === 0 || unplaced.length > 0 ? error.message : undefined;
    },
    refill: (latest) => {
      form.resetFields();
      form.setFieldsValue(toSegmentDetailsValues(latest));
    },
    nameOf: (saved) => saved.name,
    onClose,
  });

  return (
    <EditDrawer
      noun="segment"
      title={`Edit ${edit.base.name}`}
      open={open}
      onClose={onClose}
      onSubmit={() => form.submit()}
      edit={edit}
    >
      <SegmentDetailsForm
        form={form}
        initialValues={initialValues}
        onSubmit={edit.submit}
        disabled={edit.saving}
      />
    </EditDrawer>
  );
}
