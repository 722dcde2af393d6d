import {
  type CampaignDetail,
  createContributionSchema,
  PARTICIPATION_ROLES,
} from '@coalition/contracts';
import { Alert, App, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { isApiError } from '@/lib/api-client';
import { createZodForm } from '@/lib/zod-form';
import { useLogContribution } from '../api/use-contributions';
import { participantChoiceLabel } from './participant-name';

interface ContributionFormValues {
  goalId?: string;
  participationId?: string | null;
  amount?: number | null;
  recordedOn: Dayjs | null;
  note?: string | null;
}

const LABELS: Record<keyof ContributionFormValues, string> = {
  goalId: 'Goal',
  participationId: 'Contributed by',
  amount: 'Amount',
  recordedOn: 'Date',
  note: 'Note',
};

const contributionForm = createZodForm({
  schema: createContributionSchema,
  toInput: ({ recordedOn, participationId, amount, ...rest }: ContributionFormValues) => ({
    ...rest,
    participationId: participationId ?? null,
    amount: amount ?? undefined,
    recordedOn: recordedOn ? recordedOn.format('YYYY-MM-DD') : undefined,
  }),
  labels: LABELS,
});

interface LogContributionModalProps {
  campaign: CampaignDetail;
  open: boolean;
  onClose: () => void;
}

/** Records a dated amount toward one goal, e.g. 120 voters registered at a citizenship fair. */
export function LogContributionModal({ campaign, open, onClose }: LogContributionModalProps) {
  const [form] = Form.useForm<ContributionFormValues>();
  const [problem, setProblem] = useState<string>();
  const log = useLogContribution();
  const { message } = App.useApp();
  const goalId = Form.useWatch('goalId', form);
  const unit = campaign.goals.find((g) => g.goalId === goalId)?.unit;

  const goalOptions = campaign.goals.map((g) => ({ value: g.goalId, label: g.label }));
  const participantOptions = PARTICIPATION_ROLES.flatMap((role) => campaign.participants[role]).map(
    (p) => ({ value: p.id, label: participantChoiceLabel(p) }),
  );

  const submit = (values: ContributionFormValues) => {
    const parsed = contributionForm.parse(values);
    if (!parsed.success) return form.setFields(parsed.errors);
    setProblem(undefined);
    log.mutate(
      { campaignId: campaign.id, input: parsed.data },
      {
        onSuccess: (saved) => {
          void message.success(`${saved.amount} ${saved.unit} logged toward ${saved.goalLabel}.`);
          onClose();
        },
        onError: (error) => {
          const fields = isApiError(error) ? (error.body.fields ?? []) : [];
          const { placed, unplaced } = contributionForm.fromApiFields(fields);
          form.setFields(placed);
          if (placed.length === 0 || unplaced.length > 0) setProblem(error.message);
        },
      },
    );
  };

  return (
    <Modal
      title="Log a contribution"
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="Log contribution"
      confirmLoading={log.isPending}
      mask={{ closable: false }}
    >
      {problem && (
        <Alert
          type="error"
          showIcon
          title="The contribution was not logged"
          description={problem}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form<ContributionFormValues>
        form={form}
        name="contribution"
        layout="vertical"
        // The usual case is logging what happened today; one goal needs no choosing.
        initialValues={{
          recordedOn: dayjs(),
          goalId: campaign.goals.length === 1 ? campaign.goals[0]?.goalId : undefined,
        }}
        onFinish={submit}
        disabled={log.isPending}
      >
        <Form.Item label={LABELS.goalId} {...contributionForm.item('goalId')}>
          <Select options={goalOptions} placeholder="Choose the goal it counts toward" />
        </Form.Item>
        <Form.Item
          label={LABELS.participationId}
          extra="Leave empty when the coalition itself did it."
          {...contributionForm.item('participationId')}
        >
          <Select
            options={participantOptions}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="Choose a participant"
          />
        </Form.Item>
        <Form.Item label={LABELS.amount} {...contributionForm.item('amount')}>
          <InputNumber<number> min={1} precision={0} suffix={unit} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label={LABELS.recordedOn} {...contributionForm.item('recordedOn')}>
          <DatePicker format="MMM D, YYYY" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label={LABELS.note} {...contributionForm.item('note')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
