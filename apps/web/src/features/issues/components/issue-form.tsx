import type { CreateIssue } from '@coalition/contracts';
import { Col, Form, type FormInstance, Input, Row, Select } from 'antd';
import type { ReactNode } from 'react';
import { ISSUE_FIELD_LABELS, issueForm, type IssueFormValues } from './issue-form-model';
import { ISSUE_STATUS_OPTIONS, TIER_OPTIONS } from './issue-options';

/** Check a field once typing pauses, not at every keystroke of a half-typed session. */
const VALIDATE_DEBOUNCE_MS = 300;

interface FieldProps {
  name: keyof IssueFormValues;
  extra?: ReactNode;
  children: ReactNode;
}

/** A form item labelled and validated from the contract schema. */
function Field({ name, extra, children }: FieldProps) {
  return (
    <Form.Item
      label={ISSUE_FIELD_LABELS[name]}
      validateDebounce={VALIDATE_DEBOUNCE_MS}
      extra={extra}
      {...issueForm.item(name)}
    >
      {children}
    </Form.Item>
  );
}

interface IssueFormProps {
  form: FormInstance<IssueFormValues>;
  initialValues: IssueFormValues;
  /** Called with the values as the API takes them, once they pass the contract's schema. */
  onSubmit: (data: CreateIssue) => void;
  /** Under the tier: what choosing a tier does to the issue's rank. */
  tierHint: string;
  disabled?: boolean;
}

/** Every field of an issue, for creating one and editing one alike. */
export function IssueForm({ form, initialValues, onSubmit, tierHint, disabled }: IssueFormProps) {
  const handleFinish = (values: IssueFormValues) => {
    const result = issueForm.parse(values);
    if (result.success) onSubmit(result.data);
    else form.setFields(result.errors);
  };

  return (
    <Form<IssueFormValues>
      form={form}
      name="issue"
      layout="vertical"
      initialValues={initialValues}
      onFinish={handleFinish}
      disabled={disabled}
      scrollToFirstError
    >
      <Field name="title">
        <Input maxLength={200} />
      </Field>
      <Field name="summary">
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={2000} />
      </Field>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Field name="tier" extra={tierHint}>
            <Select options={TIER_OPTIONS} virtual={false} />
          </Field>
        </Col>
        <Col xs={24} md={8}>
          <Field name="session">
            <Input placeholder="2025-2026" />
          </Field>
        </Col>
        <Col xs={24} md={8}>
          <Field name="status">
            <Select options={ISSUE_STATUS_OPTIONS} virtual={false} />
          </Field>
        </Col>
      </Row>
    </Form>
  );
}
