import { OUTREACH_CHANNEL_LABELS } from '@coalition/contracts';
import {
  Col,
  DatePicker,
  Descriptions,
  Form,
  type FormInstance,
  type FormItemProps,
  Input,
  Radio,
  Row,
} from 'antd';
import type { ReactNode } from 'react';
import type { ZodForm } from '@/lib/zod-form';
import { CallerSelect } from './caller-select';
import { CHANNEL_OPTIONS } from './drive-format';
import { DRIVE_FIELD_LABELS, type DriveFormValues } from './drive-form-model';
import { SegmentPicker } from './segment-picker';

/** Check a field once typing pauses, not at every keystroke. */
const VALIDATE_DEBOUNCE_MS = 300;
const DATE_DISPLAY_FORMAT = 'MMM D, YYYY';

type DriveZodForm = Pick<ZodForm<DriveFormValues, unknown>, 'item'>;

interface FieldProps extends Omit<FormItemProps, 'name' | 'label' | 'children'> {
  zodForm: DriveZodForm;
  name: keyof DriveFormValues;
  children: ReactNode;
}

/** A form item labelled and validated from the contract schema. */
function Field({ zodForm, name, children, ...rest }: FieldProps) {
  return (
    <Form.Item
      label={DRIVE_FIELD_LABELS[name]}
      validateDebounce={VALIDATE_DEBOUNCE_MS}
      {...zodForm.item(name)}
      {...rest}
    >
      {children}
    </Form.Item>
  );
}

interface DriveFormProps {
  form: FormInstance<DriveFormValues>;
  zodForm: DriveZodForm;
  initialValues: DriveFormValues;
  onSubmit: (values: DriveFormValues) => void;
  disabled?: boolean;
  /**
   * An existing drive, whose segment and channel are shown but not changed (they made its
   * targets); left out for a new drive, which chooses them and may split its targets at once.
   */
  fixed?: { segmentName: string; channel: DriveFormValues['channel'] };
}

/** The fields of a drive, for creating one and editing one alike. */
export function DriveForm(props: DriveFormProps) {
  const { form, zodForm, initialValues, onSubmit, disabled, fixed } = props;
  return (
    <Form<DriveFormValues>
      form={form}
      name="drive"
      layout="vertical"
      initialValues={initialValues}
      onFinish={onSubmit}
      disabled={disabled}
      scrollToFirstError
    >
      <Field zodForm={zodForm} name="name">
        <Input placeholder="Know-your-rights training turnout" />
      </Field>
      {fixed ? (
        <Descriptions
          size="small"
          column={1}
          style={{ marginBottom: 24 }}
          items={[
            { key: 'segment', label: 'Segment', children: fixed.segmentName },
            {
              key: 'channel',
              label: 'Channel',
              children: fixed.channel && OUTREACH_CHANNEL_LABELS[fixed.channel],
            },
          ]}
        />
      ) : (
        <>
          <Field
            zodForm={zodForm}
            name="segmentId"
            extra="Its people who agreed to be contacted on the channel become the drive's targets."
          >
            <SegmentPicker />
          </Field>
          <Field zodForm={zodForm} name="channel">
            <Radio.Group optionType="button" options={CHANNEL_OPTIONS} />
          </Field>
        </>
      )}
      <Field zodForm={zodForm} name="goal">
        <Input placeholder="40 people committed to come to the training" />
      </Field>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Field zodForm={zodForm} name="startsOn">
            <DatePicker format={DATE_DISPLAY_FORMAT} style={{ width: '100%' }} />
          </Field>
        </Col>
        <Col xs={24} md={12}>
          <Field zodForm={zodForm} name="endsOn" extra="Leave empty for a drive with no set end.">
            <DatePicker format={DATE_DISPLAY_FORMAT} style={{ width: '100%' }} />
          </Field>
        </Col>
      </Row>
      <Field zodForm={zodForm} name="script" extra="What callers say; shown beside each target.">
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 16 }} />
      </Field>
      {!fixed && (
        <Field
          zodForm={zodForm}
          name="organizerIds"
          extra="Optional: the targets are shared out in name order. You can assign them later too."
        >
          <CallerSelect mode="multiple" placeholder="Choose organizers" />
        </Field>
      )}
    </Form>
  );
}
