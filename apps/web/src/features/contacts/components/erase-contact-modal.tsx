import type { ContactDetail } from '@coalition/contracts';
import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '@/lib/api-client';
import { paths } from '@/lib/paths';
import { useEraseContact } from '../api/use-erase-contact';

interface EraseValues {
  reason?: string;
  confirmName?: string;
}

/** The server compares the same way: trimmed, ignoring case. */
const sameName = (typed: string | undefined, name: string): boolean =>
  (typed ?? '').trim().toLocaleLowerCase() === name.toLocaleLowerCase();

interface EraseContactModalProps {
  contact: ContactDetail;
  onClose: () => void;
}

/**
 * "Forget this person", on the person's request: their record, emails, phones, consent and
 * affiliations are deleted and earlier history about them is blanked, for good. Asking for a
 * reason (kept in the audit trail) and the typed name makes it deliberate.
 */
export function EraseContactModal({ contact, onClose }: EraseContactModalProps) {
  const [form] = Form.useForm<EraseValues>();
  const values = Form.useWatch([], form) as EraseValues | undefined;
  const [problem, setProblem] = useState<string>();
  const erase = useEraseContact();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const name = contact.displayName;
  const ready = Boolean(values?.reason?.trim()) && sameName(values?.confirmName, name);

  const submit = ({ reason = '', confirmName = '' }: EraseValues) => {
    setProblem(undefined);
    erase.mutate(
      { id: contact.id, input: { reason: reason.trim(), confirmName: confirmName.trim() } },
      {
        onSuccess: () => {
          void message.success(`${name} was forgotten: their personal data is erased.`);
          onClose();
          void navigate(paths.contacts, { replace: true });
        },
        onError: (error) => {
          const fields = isApiError(error) ? (error.body.fields ?? []) : [];
          const known = fields.filter((f) => f.path === 'reason' || f.path === 'confirmName');
          form.setFields(
            known.map((f) => ({ name: f.path as keyof EraseValues, errors: [f.message] })),
          );
          if (known.length === 0) setProblem(error.message);
        },
      },
    );
  };

  return (
    <Modal
      open
      title={`Forget ${name}?`}
      okText="Forget this person"
      okButtonProps={{ danger: true, disabled: !ready }}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={erase.isPending}
      mask={{ closable: false }}
    >
      <Typography.Paragraph>
        This erases {name} completely, as they asked: their name, email addresses, phone numbers,
        languages, consent, notes and the organizations they belong to. Earlier entries about them
        in the history are blanked. Counts in reports stay, without a name.
      </Typography.Paragraph>
      <Typography.Paragraph strong>This cannot be undone.</Typography.Paragraph>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
      <Form<EraseValues>
        form={form}
        name="erase-contact"
        layout="vertical"
        onFinish={submit}
        disabled={erase.isPending}
      >
        <Form.Item
          name="reason"
          label="Reason"
          extra="Kept in the audit trail, e.g. “Asked by email on June 3 to be removed”."
          rules={[{ required: true, whitespace: true, message: 'Give a reason' }, { max: 500 }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
        <Form.Item
          name="confirmName"
          label={`Type “${name}” to confirm`}
          rules={[
            {
              validator: (_, typed: string | undefined) =>
                sameName(typed, name)
                  ? Promise.resolve()
                  : Promise.reject(new Error(`Type the name exactly as shown: ${name}`)),
            },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
