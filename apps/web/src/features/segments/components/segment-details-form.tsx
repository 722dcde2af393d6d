import { Form, type FormInstance, Input, Switch } from 'antd';
import {
  SEGMENT_DETAILS_LABELS,
  type SegmentDetailsData,
  segmentDetailsForm,
  type SegmentDetailsValues,
} from './segment-details-model';

/** Check a field once typing pauses, not at every keystroke. */
const VALIDATE_DEBOUNCE_MS = 300;

interface SegmentDetailsFormProps {
  form: FormInstance<SegmentDetailsValues>;
  initialValues: SegmentDetailsValues;
  onSubmit: (data: SegmentDetailsData) => void;
  disabled: boolean;
}

/** Name, description and sharing of a segment; validated by the contract's schema. */
export function SegmentDetailsForm({
  form,
  initialValues,
  onSubmit,
  disabled,
}: SegmentDetailsFormProps) {
  const finish = (values: SegmentDetailsValues) => {
    const parsed = segmentDetailsForm.parse(values);
    if (parsed.success) onSubmit(parsed.data);
    else form.setFields(parsed.errors);
  };
  return (
    <Form<SegmentDetailsValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={finish}
      disabled={disabled}
    >
      <Form.Item
        label={SEGMENT_DETAILS_LABELS.name}
        validateDebounce={VALIDATE_DEBOUNCE_MS}
        {...segmentDetailsForm.item('name')}
      >
        <Input maxLength={120} placeholder="Spanish speakers in Worcester County" />
      </Form.Item>
      <Form.Item
        label={SEGMENT_DETAILS_LABELS.description}
        validateDebounce={VALIDATE_DEBOUNCE_MS}
        {...segmentDetailsForm.item('description')}
      >
        <Input.TextArea rows={3} maxLength={2000} placeholder="Who this is for and why" />
      </Form.Item>
      <Form.Item
        label="Share with every organizer"
        valuePropName="checked"
        extra="Others can use a shared segment; only you can change it."
        {...segmentDetailsForm.item('shared')}
        required={false}
      >
        <Switch />
      </Form.Item>
    </Form>
  );
}
