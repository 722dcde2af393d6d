import { Alert, Button, Drawer, Flex } from 'antd';
import type { ReactNode } from 'react';

export interface FormDrawerProps {
  title: string;
  open: boolean;
  onClose: () => void;
  /** The primary button: 'Create contact', 'Save changes'. */
  submitLabel: string;
  /** Submits the form inside; its own onFinish does the saving. */
  onSubmit: () => void;
  saving: boolean;
  /** Heading of the error shown above the form: 'The contact was not saved'. */
  problemTitle: string;
  /** What the server refused that could not be shown on a field. */
  problem?: string;
  /** Shown above the problem, such as a version conflict. */
  notice?: ReactNode;
  children: ReactNode;
}

/** The drawer around a create or edit form: Cancel and submit at the top, problems above. */
export function FormDrawer(props: FormDrawerProps) {
  const { title, open, onClose, submitLabel, onSubmit, saving, problemTitle, problem } = props;
  return (
    <Drawer
      title={title}
      size="large"
      open={open}
      onClose={onClose}
      // A stray click outside must not throw away a half-filled form.
      mask={{ closable: false }}
      extra={
        <Flex gap="small">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="primary" loading={saving} onClick={onSubmit}>
            {submitLabel}
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap="middle">
        {props.notice}
        {problem && <Alert type="error" showIcon title={problemTitle} description={problem} />}
        {props.children}
      </Flex>
    </Drawer>
  );
}
