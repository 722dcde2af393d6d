import type { CreateBill } from '@coalition/contracts';
import { Alert, App, Button, Flex, Form, Input, Select } from 'antd';
import { useMemo, useState } from 'react';
import { useCreateBill } from '../api/use-bill-mutations';
import {
  BILL_FIELD_LABELS,
  billFormFor,
  type BillFormValues,
  NEW_BILL_VALUES,
} from './bill-form-model';
import { showApiErrorOnForm } from './form-errors';
import { BILL_STATUS_OPTIONS } from './issue-options';

interface AddBillFormProps {
  issueId: string;
  onDone: () => void;
}

/** Files a bill under the issue: its number as the legislature prints it, title and status. */
export function AddBillForm({ issueId, onDone }: AddBillFormProps) {
  const [form] = Form.useForm<BillFormValues>();
  const billForm = useMemo(() => billFormFor(issueId), [issueId]);
  const [problem, setProblem] = useState<string>();
  const create = useCreateBill();
  const { message } = App.useApp();

  const save = (data: CreateBill) => {
    setProblem(undefined);
    create.mutate(data, {
      onSuccess: (bill) => {
        void message.success(`${bill.number} was added.`);
        onDone();
      },
      onError: (error) => setProblem(showApiErrorOnForm(form, billForm, error)),
    });
  };

  const handleFinish = (values: BillFormValues) => {
    const result = billForm.parse(values);
    if (result.success) save(result.data);
    else form.setFields(result.errors);
  };

  return (
    <Flex vertical gap="small">
      {problem && (
        <Alert type="error" showIcon title="The bill was not saved" description={problem} />
      )}
      <Form<BillFormValues>
        form={form}
        name="bill"
        layout="vertical"
        initialValues={NEW_BILL_VALUES}
        onFinish={handleFinish}
        disabled={create.isPending}
      >
        <Flex wrap gap="middle" align="end">
          <Form.Item label={BILL_FIELD_LABELS.number} {...billForm.item('number')}>
            <Input placeholder="H.1234" style={{ width: 120 }} />
          </Form.Item>
          <Form.Item
            label={BILL_FIELD_LABELS.title}
            {...billForm.item('title')}
            style={{ flex: '1 1 280px' }}
          >
            <Input maxLength={300} />
          </Form.Item>
          <Form.Item label={BILL_FIELD_LABELS.status} {...billForm.item('status')}>
            <Select options={BILL_STATUS_OPTIONS} virtual={false} style={{ width: 220 }} />
          </Form.Item>
          <Form.Item>
            <Flex gap="small">
              <Button type="primary" htmlType="submit" loading={create.isPending}>
                Add bill
              </Button>
              <Button onClick={onDone}>Cancel</Button>
            </Flex>
          </Form.Item>
        </Flex>
      </Form>
    </Flex>
  );
}
