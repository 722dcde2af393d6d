import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Select, Typography } from 'antd';
import { NEW_EMAIL, NEW_PHONE } from './contact-form-model';
import { contactRule } from './contact-form-validation';
import { EMAIL_LABEL_OPTIONS, PHONE_LABEL_OPTIONS } from './contact-options';

interface ChannelKind {
  title: string;
  one: string;
  valueKey: 'address' | 'number';
  inputMode: 'email' | 'tel';
  options: { value: string; label: string }[];
  empty: object;
  add: string;
}

/** What differs between the email and the phone lists. */
const KINDS: Record<'emails' | 'phones', ChannelKind> = {
  emails: {
    title: 'Email addresses',
    one: 'Email address',
    valueKey: 'address',
    inputMode: 'email',
    options: EMAIL_LABEL_OPTIONS,
    empty: NEW_EMAIL,
    add: 'Add an email address',
  },
  phones: {
    title: 'Phone numbers',
    one: 'Phone number',
    valueKey: 'number',
    inputMode: 'tel',
    options: PHONE_LABEL_OPTIONS,
    empty: NEW_PHONE,
    add: 'Add a phone number',
  },
};

/** A person's email addresses or phone numbers, each with its label; the first is the primary. */
export function ChannelList({ kind }: { kind: keyof typeof KINDS }) {
  const config = KINDS[kind];
  return (
    <Form.List name={kind}>
      {(fields, { add, remove }, { errors }) => (
        <Form.Item label={config.title} extra="The first one is used by default.">
          <Flex vertical gap={0}>
            {fields.map((field, index) => (
              <Flex key={field.key} gap="small" align="start">
                <Form.Item
                  name={[field.name, config.valueKey]}
                  rules={[contactRule([kind, field.name, config.valueKey])]}
                  validateDebounce={300}
                  style={{ flex: 1 }}
                >
                  <Input
                    aria-label={`${config.one} ${index + 1}`}
                    inputMode={config.inputMode}
                    autoComplete="off"
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'label']}>
                  <Select
                    aria-label={`Label of ${config.one.toLowerCase()} ${index + 1}`}
                    options={config.options}
                    style={{ width: 120 }}
                  />
                </Form.Item>
                <Button
                  type="text"
                  icon={<DeleteOutlined />}
                  aria-label={`Remove ${config.one.toLowerCase()} ${index + 1}`}
                  onClick={() => remove(field.name)}
                />
              </Flex>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ ...config.empty })}
              style={{ alignSelf: 'start' }}
            >
              {config.add}
            </Button>
            {errors.length > 0 && <Typography.Text type="danger">{errors}</Typography.Text>}
          </Flex>
        </Form.Item>
      )}
    </Form.List>
  );
}
