import { Alert, App, Form, Modal } from 'antd';
import { useState } from 'react';
import { formatCount } from '@/lib/format';
import { useAssignTargets } from '../api/use-assign-targets';
import { CallerSelect } from './caller-select';

/** The choice that takes the targets back from whoever holds them. */
const NOBODY = 'nobody';

interface AssignTargetsModalProps {
  driveId: string;
  targetIds: string[];
  open: boolean;
  onClose: () => void;
  /** After a successful assignment: the selection it was made from is spent. */
  onAssigned: () => void;
}

/** Gives the selected targets to one organizer, or takes them back. */
export function AssignTargetsModal(props: AssignTargetsModalProps) {
  const { driveId, targetIds, open, onClose, onAssigned } = props;
  const [form] = Form.useForm<{ assigneeId?: string }>();
  const [problem, setProblem] = useState<string>();
  const assign = useAssignTargets();
  const { message } = App.useApp();

  const submit = ({ assigneeId }: { assigneeId?: string }) => {
    if (!assigneeId) return;
    setProblem(undefined);
    const to = assigneeId === NOBODY ? null : assigneeId;
    assign.mutate(
      { driveId, assignment: { mode: 'manual', targetIds, assigneeId: to } },
      {
        onSuccess: ({ assigned }) => {
          const targets = formatCount(assigned, 'target');
          void message.success(to ? `${targets} assigned.` : `${targets} taken back.`);
          onAssigned();
          onClose();
        },
        onError: (error) => setProblem(error.message),
      },
    );
  };

  return (
    <Modal
      title={`Assign ${formatCount(targetIds.length, 'target')}`}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="Assign"
      confirmLoading={assign.isPending}
      mask={{ closable: false }}
    >
      {problem && (
        <Alert
          type="error"
          showIcon
          title="The targets were not assigned"
          description={problem}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form<{ assigneeId?: string }>
        form={form}
        name="assign"
        layout="vertical"
        onFinish={submit}
        disabled={assign.isPending}
      >
        <Form.Item
          name="assigneeId"
          label="Assign to"
          rules={[{ required: true, message: 'Choose an organizer, or nobody.' }]}
        >
          <CallerSelect
            placeholder="Choose an organizer"
            extraOptions={[{ value: NOBODY, label: 'Nobody (take them back)' }]}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
