import type { FieldError, SegmentFilter } from '@coalition/contracts';
import { Alert, App, Flex, Form, Modal } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '@/lib/api-client';
import { paths } from '@/lib/paths';
import { useCreateSegment } from '../api/use-create-segment';
import { SegmentDetailsForm } from './segment-details-form';
import {
  NEW_SEGMENT_DETAILS,
  type SegmentDetailsData,
  segmentDetailsFieldErrors,
  type SegmentDetailsValues,
} from './segment-details-model';

interface SaveSegmentModalProps {
  open: boolean;
  onClose: () => void;
  filter: SegmentFilter;
  /** The API refused part of the filter: the builder shows it on the rows. */
  onFilterRefused: (fields: readonly FieldError[]) => void;
  /** A name to start from (the report the filter came from), for the person to keep or change. */
  suggestedName?: string;
}

/** Names the filter being built and saves it as a segment, then opens the segment's page. */
export function SaveSegmentModal({
  open,
  onClose,
  filter,
  onFilterRefused,
  suggestedName,
}: SaveSegmentModalProps) {
  const [form] = Form.useForm<SegmentDetailsValues>();
  const [problem, setProblem] = useState<string>();
  const create = useCreateSegment();
  const navigate = useNavigate();
  const { message } = App.useApp();

  const showError = (error: Error) => {
    const fields = isApiError(error) ? (error.body.fields ?? []) : [];
    const filterFields = fields.filter((f) => f.path.startsWith('filter'));
    const { placed, unplaced } = segmentDetailsFieldErrors(
      fields.filter((f) => !f.path.startsWith('filter')),
    );
    form.setFields(placed);
    if (filterFields.length > 0) {
      onFilterRefused(filterFields);
      setProblem('Part of the filter was refused: see the conditions marked in red.');
    } else {
      setProblem(placed.length === 0 || unplaced.length > 0 ? error.message : undefined);
    }
  };

  const submit = (data: SegmentDetailsData) => {
    setProblem(undefined);
    create.mutate(
      { ...data, filter },
      {
        onSuccess: (segment) => {
          void message.success(`${segment.name} was saved.`);
          onClose();
          void navigate(paths.segment(segment.id));
        },
        onError: showError,
      },
    );
  };

  return (
    <Modal
      title="Save segment"
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="Save segment"
      confirmLoading={create.isPending}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <Flex vertical gap="middle">
        {problem && (
          <Alert type="error" showIcon title="The segment was not saved" description={problem} />
        )}
        <SegmentDetailsForm
          form={form}
          initialValues={{ ...NEW_SEGMENT_DETAILS, name: suggestedName }}
          onSubmit={submit}
          disabled={create.isPending}
        />
      </Flex>
    </Modal>
  );
}
