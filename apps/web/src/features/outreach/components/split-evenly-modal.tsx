import { evenAssignmentSchema } from '@coalition/contracts';
import { Alert, App, Form, Modal, Radio } from 'antd';
import { useState } from 'react';
import { isApiError } from '@/lib/api-client';
import { formatCount } from '@/lib/format';
import { createZodForm } from '@/lib/zod-form';
import { useAssignTargets } from '../api/use-assign-targets';
import { CallerSelect } from './caller-select';

interface SplitFormValues {
  organizerIds: string[];
  scope: 'unassigned' | 'open';
}

const LABELS: Record<keyof SplitFormValues, string> = {
  organizerIds: 'Organizers',
  scope: 'Which targets',
};

const splitForm = createZodForm({
  schema: evenAssignmentSchema,
  toInput: (values: SplitFormValues) => ({ mode: 'even', ...values }),
  labels: LABELS,
});

const SCOPE_OPTIONS = [
  { value: 'unassigned', label: 'Only the targets nobody holds yet' },
  { value: 'open', label: 'Every target not done yet (reshuffles the ones already given out)' },
];

interface SplitEvenlyModalProps {
  driveId: string;
  open: boolean;
  onClose: () => void;
}

/** Shares the drive's targets out evenly (in name order) between the organizers chosen. */
export function SplitEvenlyModal({ driveId, open, onClose }: SplitEvenlyModalProps) {
  const [form] = Form.useForm<SplitFormValues>();
  const [problem, setProblem] = useState<string>();
  const assign = useAssignTargets();
  const { message } = App.useApp();

  const submit = (values: SplitFormValues) => {
    const parsed = splitForm.parse(values);
    if (!parsed.success) return form.setFields(parsed.errors);
    setProblem(undefined);
    assign.mutate(
      { driveId, assignment: parsed.data },
      {
        onSuccess: ({ assigned }) => {
          const people = formatCount(parsed.data.organizerIds.length, 'organizer');
          void message.success(`${formatCount(assigned, 'target')} split between ${people}.`);
          onClose();
        },
        onError: (error) => {
          const fields = isApiError(error) ? (error.body.fields ?? []) : [];
          const { placed, unplaced } = splitForm.fromApiFields(fields);
          form.setFields(placed);
          if (placed.length === 0 || unplaced.length > 0) setProblem(error.message);
        },
      },
    );
  };

  return (
    <Modal
      title="Split the targets evenly"
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="Split targets"
      confirmLoading={assign.isPending}
      mask={{ closable: false }}
    >
      {problem && (
        <Alert
          type="error"
          showIcon
          title="The targets were not split"
          description={problem}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form<SplitFormValues>
        form={form}
        name="split"
        layout="vertical"
        initialValues={{ organizerIds: [], scope: 'unassigned' }}
        onFinish={submit}
        disabled={assign.isPending}
      >
        <Form.Item label={LABELS.organizerIds} {...splitForm.item('organizerIds')}>
          <CallerSelect mode="multiple" placeholder="Choose organizers" />
        </Form.Item>
        <Form.Item label={LABELS.scope} {...splitForm.item('scope')}>
          <Radio.Group
            options={SCOPE_OPTIONS}
            style={{ display: 'flex', flexDirection: 'column' }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
