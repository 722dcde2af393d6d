import { Alert, App, Flex, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useChangePassword } from '../api/use-change-password';
import {
  changePasswordForm,
  type ChangePasswordValues,
  confirmationRules,
  PASSWORD_HELP,
  showApiErrorOnForm,
} from './auth-forms';

interface ChangePasswordModalProps {
  open: boolean;
  onClose: () => void;
}

/** The signed-in person replaces their password; their other sessions end (the API does it). */
export function ChangePasswordModal({ open, onClose }: ChangePasswordModalProps) {
  const [form] = Form.useForm<ChangePasswordValues>();
  const change = useChangePassword();
  const { message } = App.useApp();
  const [problem, setProblem] = useState<string>();

  const handleFinish = (values: ChangePasswordValues) => {
    const result = changePasswordForm.parse(values);
    if (!result.success) {
      form.setFields(result.errors);
      return;
    }
    setProblem(undefined);
    change.mutate(result.data, {
      onSuccess: () => {
        void message.success('Your password was changed. Your other sessions were signed out.');
        onClose();
      },
      onError: (error) => setProblem(showApiErrorOnForm(form, changePasswordForm, error)),
    });
  };

  return (
    <Modal
      title="Change password"
      open={open}
      onCancel={onClose}
      okText="Change password"
      onOk={() => form.submit()}
      confirmLoading={change.isPending}
      mask={{ closable: false }}
      forceRender
    >
      <Flex vertical gap="middle">
        {problem && (
          <Alert type="error" showIcon title="The password was not changed" description={problem} />
        )}
        <Form<ChangePasswordValues>
          form={form}
          name="change-password"
          layout="vertical"
          onFinish={handleFinish}
          disabled={change.isPending}
          requiredMark={false}
        >
          <Form.Item label="Current password" {...changePasswordForm.item('currentPassword')}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item
            label="New password"
            extra={PASSWORD_HELP}
            {...changePasswordForm.item('newPassword')}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            label="Confirm new password"
            name="confirmPassword"
            dependencies={['newPassword']}
            rules={confirmationRules('newPassword')}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </Form>
      </Flex>
    </Modal>
  );
}
