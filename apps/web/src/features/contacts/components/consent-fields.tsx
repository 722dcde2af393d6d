import type { ConsentChannel } from '@coalition/contracts';
import { Checkbox, Col, Form, Input, Row } from 'antd';
import { contactRule } from './contact-form-validation';

interface ConsentFieldsProps {
  channels: readonly ConsentChannel[];
  labels: Record<ConsentChannel, string>;
}

/**
 * Whether the person agreed to be contacted on each channel, and how they said so. The API
 * dates a changed consent today.
 */
export function ConsentFields({ channels, labels }: ConsentFieldsProps) {
  return (
    <Form.Item
      label="Consent to be contacted"
      extra="Record a channel only when the person agreed to it; note how (form, call, event)."
    >
      {channels.map((channel) => (
        <Row key={channel} gutter={16} align="top">
          <Col xs={24} md={9}>
            <Form.Item name={['consent', channel, 'granted']} valuePropName="checked">
              <Checkbox>{labels[channel]}</Checkbox>
            </Form.Item>
          </Col>
          <Col xs={24} md={15}>
            <Form.Item
              name={['consent', channel, 'source']}
              rules={[contactRule(['consent', channel, 'source'])]}
              validateDebounce={300}
            >
              <Input
                aria-label={`Source of consent: ${labels[channel]}`}
                placeholder="Source, e.g. sign-up form at the lobby day"
              />
            </Form.Item>
          </Col>
        </Row>
      ))}
    </Form.Item>
  );
}
