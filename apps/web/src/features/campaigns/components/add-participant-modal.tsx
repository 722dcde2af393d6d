import {
  createParticipationSchema,
  type CreateParticipationInput,
  type ParticipationRole,
} from '@coalition/contracts';
import { Alert, App, Form, Input, Modal, Radio, Select } from 'antd';
import { useState } from 'react';
import { isApiError } from '@/lib/api-client';
import { createZodForm } from '@/lib/zod-form';
import { useAddParticipant } from '../api/use-participant-mutations';
import { ROLE_OPTIONS } from './campaign-format';
import { type ParticipantKind, ParticipantPicker } from './participant-picker';

interface ParticipantFormValues {
  kind: ParticipantKind;
  who?: string;
  role?: ParticipationRole;
  note?: string | null;
}

const LABELS: Record<keyof ParticipantFormValues, string> = {
  kind: 'Who takes part',
  who: 'Organization or person',
  role: 'Role',
  note: 'Note',
};

function toParticipationInput(values: ParticipantFormValues): Record<string, unknown> {
  const { kind, who, ...rest } = values;
  return { ...rest, [kind === 'organization' ? 'organizationId' : 'contactId']: who };
}

const participantForm = createZodForm({
  schema: createParticipationSchema,
  toInput: toParticipationInput,
  labels: LABELS,
  // The API names the id it refused (a duplicate, an unknown organization): it is the picker.
  formFieldOf: { organizationId: 'who', contactId: 'who' },
});

interface AddParticipantModalProps {
  campaignId: string;
  open: boolean;
  onClose: () => void;
}

/** Adds a member organization or a person to the campaign, in one role. */
export function AddParticipantModal({ campaignId, open, onClose }: AddParticipantModalProps) {
  const [form] = Form.useForm<ParticipantFormValues>();
  const kind = Form.useWatch('kind', form) ?? 'organization';
  const [problem, setProblem] = useState<string>();
  const add = useAddParticipant();
  const { message } = App.useApp();

  const submit = (values: ParticipantFormValues) => {
    const parsed = participantForm.parse(values);
    if (!parsed.success) return form.setFields(parsed.errors);
    setProblem(undefined);
    const input: CreateParticipationInput = parsed.data;
    add.mutate(
      { campaignId, input },
      {
        onSuccess: () => {
          void message.success('The participant was added.');
          onClose();
        },
        onError: (error) => {
          const fields = isApiError(error) ? (error.body.fields ?? []) : [];
          const { placed, unplaced } = participantForm.fromApiFields(fields);
          form.setFields(placed);
          if (placed.length === 0 || unplaced.length > 0) setProblem(error.message);
        },
      },
    );
  };

  return (
    <Modal
      title="Add a participant"
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="Add participant"
      confirmLoading={add.isPending}
      mask={{ closable: false }}
    >
      {problem && (
        <Alert
          type="error"
          showIcon
          title="The participant was not added"
          description={problem}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form<ParticipantFormValues>
        form={form}
        name="participant"
        layout="vertical"
        initialValues={{ kind: 'organization' }}
        onFinish={submit}
        disabled={add.isPending}
      >
        <Form.Item name="kind" label={LABELS.kind}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'organization', label: 'Member organization' },
              { value: 'contact', label: 'Person' },
            ]}
            // A name found among organizations means nothing among people.
            onChange={() => form.setFieldValue('who', undefined)}
          />
        </Form.Item>
        <Form.Item
          name="who"
          label={kind === 'organization' ? 'Organization' : 'Person'}
          rules={[
            {
              required: true,
              message: `Choose the ${kind === 'organization' ? 'organization' : 'person'}.`,
            },
          ]}
        >
          <ParticipantPicker kind={kind} />
        </Form.Item>
        <Form.Item label={LABELS.role} {...participantForm.item('role')}>
          <Select options={ROLE_OPTIONS} placeholder="Choose a role" />
        </Form.Item>
        <Form.Item label={LABELS.note} {...participantForm.item('note')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
