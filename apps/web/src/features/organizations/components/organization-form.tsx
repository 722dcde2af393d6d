import type { CreateOrganization } from '@coalition/contracts';
import {
  Col,
  DatePicker,
  Form,
  type FormInstance,
  type FormItemProps,
  Input,
  InputNumber,
  Row,
  Select,
} from 'antd';
import type { ReactNode } from 'react';
import {
  ORGANIZATION_FIELD_LABELS,
  organizationForm,
  type OrganizationFormValues,
} from './organization-form-model';
import {
  KIND_OPTIONS,
  LANGUAGE_OPTIONS,
  MUNICIPALITY_OPTIONS,
  STATUS_OPTIONS,
} from './organization-options';

/** Check a field once typing pauses, not at every keystroke of a half-typed email. */
const VALIDATE_DEBOUNCE_MS = 300;
const DATE_DISPLAY_FORMAT = 'MMM D, YYYY';

interface FieldProps extends Omit<FormItemProps, 'name' | 'label' | 'children'> {
  name: keyof OrganizationFormValues;
  children: ReactNode;
}

/** A form item labelled and validated from the contract schema. */
function Field({ name, children, ...rest }: FieldProps) {
  return (
    <Form.Item
      label={ORGANIZATION_FIELD_LABELS[name]}
      validateDebounce={VALIDATE_DEBOUNCE_MS}
      {...organizationForm.item(name)}
      {...rest}
    >
      {children}
    </Form.Item>
  );
}

interface OrganizationFormProps {
  form: FormInstance<OrganizationFormValues>;
  initialValues: OrganizationFormValues;
  /** Called with the values as the API takes them, once they pass the contract's schema. */
  onSubmit: (data: CreateOrganization) => void;
  disabled?: boolean;
}

/** Every field of an organization, for creating one and editing one alike. */
export function OrganizationForm({
  form,
  initialValues,
  onSubmit,
  disabled,
}: OrganizationFormProps) {
  const handleFinish = (values: OrganizationFormValues) => {
    const result = organizationForm.parse(values);
    if (result.success) onSubmit(result.data);
    else form.setFields(result.errors);
  };

  return (
    <Form<OrganizationFormValues>
      form={form}
      name="organization"
      layout="vertical"
      initialValues={initialValues}
      onFinish={handleFinish}
      disabled={disabled}
      scrollToFirstError
    >
      <Field name="name">
        <Input autoComplete="organization" />
      </Field>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Field name="kind">
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={KIND_OPTIONS}
              placeholder="Choose a kind"
            />
          </Field>
        </Col>
        <Col xs={24} md={12}>
          <Field name="membershipStatus">
            <Select options={STATUS_OPTIONS} />
          </Field>
        </Col>
      </Row>
      <Field name="streetAddress">
        <Input autoComplete="street-address" />
      </Field>
      <Row gutter={16}>
        <Col xs={24} md={16}>
          <Field name="city">
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={MUNICIPALITY_OPTIONS}
              placeholder="Type to search the 351 cities and towns"
            />
          </Field>
        </Col>
        <Col xs={24} md={8}>
          <Field name="zip">
            <Input inputMode="numeric" autoComplete="postal-code" placeholder="02108" />
          </Field>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Field name="website">
            <Input inputMode="url" placeholder="https://" />
          </Field>
        </Col>
        <Col xs={24} md={8}>
          <Field name="email">
            <Input inputMode="email" autoComplete="email" />
          </Field>
        </Col>
        <Col xs={24} md={8}>
          <Field name="phone">
            <Input inputMode="tel" autoComplete="tel" />
          </Field>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Field name="joinedOn">
            <DatePicker format={DATE_DISPLAY_FORMAT} style={{ width: '100%' }} />
          </Field>
        </Col>
        <Col xs={24} md={8}>
          <Field name="annualDues">
            <InputNumber<number>
              prefix="$"
              min={0}
              precision={2}
              step={10}
              style={{ width: '100%' }}
            />
          </Field>
        </Col>
        <Col xs={24} md={8}>
          <Field name="duesPaidThrough">
            <DatePicker format={DATE_DISPLAY_FORMAT} style={{ width: '100%' }} />
          </Field>
        </Col>
      </Row>
      <Field name="languages">
        <Select
          mode="multiple"
          options={LANGUAGE_OPTIONS}
          showSearch={{ optionFilterProp: 'label' }}
        />
      </Field>
      <Field name="tags" extra="Press Enter after each tag.">
        <Select mode="tags" open={false} tokenSeparators={[',']} suffixIcon={null} />
      </Field>
      <Field name="description">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
      </Field>
      <Field name="notes" extra="Internal notes for coalition staff.">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
      </Field>
    </Form>
  );
}
