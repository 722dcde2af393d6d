import { CONSENT_CHANNEL_LABELS, CONSENT_CHANNELS, type CreateContact } from '@coalition/contracts';
import {
  Col,
  Divider,
  Form,
  type FormInstance,
  type FormItemProps,
  Input,
  Row,
  Select,
} from 'antd';
import type { ReactNode } from 'react';
import { ChannelList } from './channel-list';
import type { ContactFormValues } from './contact-form-model';
import {
  contactRule,
  type FieldName,
  parseContactForm,
  REQUIRED_FIELDS,
} from './contact-form-validation';
import { LANGUAGE_OPTIONS, MUNICIPALITY_OPTIONS, ROLE_OPTIONS } from './contact-options';
import { ConsentFields } from './consent-fields';
import { OrganizationPicker } from './organization-picker';

/** Check a field once typing pauses, not at every keystroke of a half-typed name. */
const VALIDATE_DEBOUNCE_MS = 300;

interface FieldProps extends Omit<FormItemProps, 'name' | 'children'> {
  name: keyof ContactFormValues;
  label: string;
  children: ReactNode;
}

/** A form item validated against the contract's schema. */
export function Field({ name, children, ...rest }: FieldProps) {
  const path: FieldName = [name];
  return (
    <Form.Item
      name={name}
      required={REQUIRED_FIELDS.has(name)}
      rules={[contactRule(path)]}
      validateDebounce={VALIDATE_DEBOUNCE_MS}
      {...rest}
    >
      {children}
    </Form.Item>
  );
}

interface ContactFormProps {
  form: FormInstance<ContactFormValues>;
  initialValues: ContactFormValues;
  /** Called with the values as the API takes them, once they pass the contract's schema. */
  onSubmit: (data: CreateContact) => void;
  /** Creating offers a first organization; editing leaves that to the Organizations section. */
  withAffiliation?: boolean;
  disabled?: boolean;
}

/** Every field of a person, for adding one and editing one alike. */
export function ContactForm(props: ContactFormProps) {
  const { form, initialValues, onSubmit, withAffiliation = false, disabled } = props;
  const handleFinish = (values: ContactFormValues) => {
    const data = parseContactForm(form, values);
    if (data) onSubmit(data);
  };

  return (
    <Form<ContactFormValues>
      form={form}
      name="contact"
      layout="vertical"
      initialValues={initialValues}
      onFinish={handleFinish}
      disabled={disabled}
      scrollToFirstError
    >
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Field name="firstName" label="First name">
            <Input autoComplete="off" />
          </Field>
        </Col>
        <Col xs={24} md={12}>
          <Field name="lastName" label="Last name">
            <Input autoComplete="off" />
          </Field>
        </Col>
        <Col xs={24} md={12}>
          <Field name="preferredName" label="Preferred name" extra="What they like to be called.">
            <Input autoComplete="off" />
          </Field>
        </Col>
        <Col xs={24} md={12}>
          <Field name="pronouns" label="Pronouns">
            <Input autoComplete="off" placeholder="she/her, he/him, they/them…" />
          </Field>
        </Col>
      </Row>
      <ChannelList kind="emails" />
      <ChannelList kind="phones" />
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Field name="languages" label="Languages">
            <Select
              mode="multiple"
              options={LANGUAGE_OPTIONS}
              showSearch={{ optionFilterProp: 'label' }}
            />
          </Field>
        </Col>
        <Col xs={24} md={12}>
          <Field name="city" label="City or town">
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              options={MUNICIPALITY_OPTIONS}
              placeholder="Type to search the 351 cities and towns"
            />
          </Field>
        </Col>
      </Row>
      <ConsentFields channels={CONSENT_CHANNELS} labels={CONSENT_CHANNEL_LABELS} />
      <Field name="tags" label="Tags" extra="Press Enter after each tag.">
        <Select mode="tags" open={false} tokenSeparators={[',']} suffixIcon={null} />
      </Field>
      <Field name="notes" label="Notes" extra="Internal notes for coalition staff.">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
      </Field>
      {withAffiliation && (
        <>
          <Divider titlePlacement="start">Organization (optional)</Divider>
          <Row gutter={16}>
            <Col xs={24} md={14}>
              <Field name="organizationId" label="Organization">
                <OrganizationPicker />
              </Field>
            </Col>
            <Col xs={24} md={10}>
              <Field name="role" label="Role">
                <Select allowClear options={ROLE_OPTIONS} placeholder="Choose a role" />
              </Field>
            </Col>
          </Row>
        </>
      )}
    </Form>
  );
}
