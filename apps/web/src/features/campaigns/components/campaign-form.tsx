import { createGoalSchema } from '@coalition/contracts';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Col,
  DatePicker,
  Form,
  type FormInstance,
  type FormItemProps,
  type FormRule,
  Input,
  InputNumber,
  Row,
  Select,
  Typography,
} from 'antd';
import type { ReactNode } from 'react';
import { useIssueChoices } from '../api/use-choices';
import { KIND_OPTIONS } from './campaign-format';
import {
  CAMPAIGN_FIELD_LABELS,
  campaignForm,
  type CampaignFormData,
  type CampaignFormValues,
  GOAL_FIELD_LABELS,
  type GoalField,
  parseCampaignForm,
} from './campaign-form-model';

/** Check a field once typing pauses, not at every keystroke. */
const VALIDATE_DEBOUNCE_MS = 300;
const DATE_DISPLAY_FORMAT = 'MMM D, YYYY';

interface FieldProps extends Omit<FormItemProps, 'name' | 'label' | 'children'> {
  name: keyof CampaignFormValues;
  children: ReactNode;
}

/** A form item labelled and validated from the contract schema. */
function Field({ name, children, ...rest }: FieldProps) {
  return (
    <Form.Item
      label={CAMPAIGN_FIELD_LABELS[name]}
      validateDebounce={VALIDATE_DEBOUNCE_MS}
      {...campaignForm.item(name)}
      {...rest}
    >
      {children}
    </Form.Item>
  );
}

/** One goal field checked by the contract's own goal schema, with its wording. */
function goalRule(field: GoalField): FormRule {
  return {
    validator: (_, value: unknown) => {
      const result = createGoalSchema.shape[field].safeParse(value ?? undefined);
      if (result.success) return Promise.resolve();
      const missing = value === undefined || value === null;
      const text = missing ? 'is required' : (result.error.issues[0]?.message ?? 'is not valid');
      return Promise.reject(new Error(`${GOAL_FIELD_LABELS[field]} ${text}`));
    },
  };
}

function IssueSelect(props: { value?: string[]; onChange?: (ids: string[]) => void }) {
  const issues = useIssueChoices();
  const options = (issues.data?.items ?? []).map((issue) => ({
    value: issue.id,
    label: `${issue.title} (tier ${issue.tier})`,
  }));
  return (
    <Select<string[]>
      {...props}
      mode="multiple"
      options={options}
      loading={issues.isPending}
      showSearch={{ optionFilterProp: 'label' }}
      placeholder="Choose the advocacy priorities it serves"
      notFoundContent={issues.error ? `Could not load issues: ${issues.error.message}` : undefined}
    />
  );
}

function GoalRows() {
  return (
    <Form.List name="goals">
      {(rows, { add, remove }, { errors }) => (
        <>
          <Typography.Text strong>{CAMPAIGN_FIELD_LABELS.goals}</Typography.Text>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            What the campaign counts, e.g. 1,500 new voters registered.
          </Typography.Paragraph>
          {rows.map((row, index) => (
            <Row key={row.key} gutter={8} align="top">
              <Col xs={24} md={11}>
                <Form.Item
                  name={[row.name, 'label']}
                  label={`Metric of goal ${index + 1}`}
                  rules={[goalRule('label')]}
                  required
                >
                  <Input placeholder="New voters registered" />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item
                  name={[row.name, 'unit']}
                  label={`Unit of goal ${index + 1}`}
                  rules={[goalRule('unit')]}
                  required
                >
                  <Input placeholder="voters" />
                </Form.Item>
              </Col>
              <Col xs={9} md={5}>
                <Form.Item
                  name={[row.name, 'target']}
                  label={`Target of goal ${index + 1}`}
                  rules={[goalRule('target')]}
                  required
                >
                  <InputNumber<number> min={1} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={3} md={2}>
                <Form.Item label=" ">
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label={`Remove goal ${index + 1}`}
                    onClick={() => remove(row.name)}
                  />
                </Form.Item>
              </Col>
            </Row>
          ))}
          <Form.ErrorList errors={errors} />
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({})}
            style={{ marginTop: 8 }}
          >
            Add a goal
          </Button>
        </>
      )}
    </Form.List>
  );
}

interface CampaignFormProps {
  form: FormInstance<CampaignFormValues>;
  initialValues: CampaignFormValues;
  /** Called with the values as the API takes them, once they pass the contract's schema. */
  onSubmit: (data: CampaignFormData) => void;
  disabled?: boolean;
}

/** Every field of a campaign, for creating one and editing one alike. */
export function CampaignForm({ form, initialValues, onSubmit, disabled }: CampaignFormProps) {
  const handleFinish = () => {
    form.setFields([{ name: 'goals', errors: [] }]);
    // The whole store, not only the fields on screen: a saved goal's id has no input of its own,
    // and without it the API would take the goal for a new one.
    const result = parseCampaignForm(form.getFieldsValue(true) as CampaignFormValues);
    if (result.success) onSubmit(result.data);
    else form.setFields(result.errors);
  };

  return (
    <Form<CampaignFormValues>
      form={form}
      name="campaign"
      layout="vertical"
      initialValues={initialValues}
      onFinish={handleFinish}
      disabled={disabled}
      scrollToFirstError
    >
      <Field name="name">
        <Input />
      </Field>
      <Field name="kind">
        <Select options={KIND_OPTIONS} placeholder="Choose a kind" />
      </Field>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Field name="startsOn">
            <DatePicker format={DATE_DISPLAY_FORMAT} style={{ width: '100%' }} />
          </Field>
        </Col>
        <Col xs={24} md={12}>
          <Field name="endsOn" extra="Leave empty for a long-running campaign.">
            <DatePicker format={DATE_DISPLAY_FORMAT} style={{ width: '100%' }} />
          </Field>
        </Col>
      </Row>
      <Field name="summary">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
      </Field>
      <Field name="issueIds">
        <IssueSelect />
      </Field>
      <GoalRows />
    </Form>
  );
}
