import {
  AFFILIATION_ROLE_LABELS,
  type AffiliationDetail,
  type CreateAffiliation,
} from '@coalition/contracts';
import { Alert, App, DatePicker, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { isApiError } from '@/lib/api-client';
import { useAddAffiliation, useUpdateAffiliation } from '../api/use-affiliation-mutations';
import {
  affiliationChanges,
  affiliationForm,
  type AffiliationFormValues,
  NEW_AFFILIATION_VALUES,
  toAffiliationFormValues,
} from './affiliation-form-model';
import { ROLE_OPTIONS } from './contact-options';
import { OrganizationPicker } from './organization-picker';

const DATE_DISPLAY_FORMAT = 'MMM D, YYYY';

interface AffiliationModalProps {
  contactId: string;
  /** The affiliation to edit; left out to add one. */
  affiliation?: AffiliationDetail;
  onClose: () => void;
}

/** Adds an organization the person belongs to, or changes a role's dates. */
export function AffiliationModal({ contactId, affiliation, onClose }: AffiliationModalProps) {
  const [form] = Form.useForm<AffiliationFormValues>();
  const [problem, setProblem] = useState<string>();
  const add = useAddAffiliation();
  const update = useUpdateAffiliation();
  const { message } = App.useApp();
  const pending = add.isPending || update.isPending;

  const onError = (error: Error) => {
    if (isApiError(error) && error.code === 'affiliation_version_conflict') {
      setProblem('Someone else changed this role meanwhile. Close and open it again to see it.');
      return;
    }
    const fields = isApiError(error) ? (error.body.fields ?? []) : [];
    const { placed, unplaced } = affiliationForm.fromApiFields(fields);
    form.setFields(placed);
    setProblem(placed.length === 0 || unplaced.length > 0 ? error.message : undefined);
  };

  const save = (data: CreateAffiliation) => {
    setProblem(undefined);
    const done = {
      onSuccess: (saved: AffiliationDetail) => {
        void message.success(
          `${AFFILIATION_ROLE_LABELS[saved.role]} at ${saved.organizationName}: saved.`,
        );
        onClose();
      },
      onError,
    };
    if (affiliation) {
      const changes = affiliationChanges(affiliation, data);
      update.mutate({ contactId, affiliationId: affiliation.id, changes }, done);
    } else {
      add.mutate({ contactId, affiliation: data }, done);
    }
  };

  const handleFinish = (values: AffiliationFormValues) => {
    const result = affiliationForm.parse(values);
    if (result.success) save(result.data);
    else form.setFields(result.errors);
  };

  return (
    <Modal
      open
      title={affiliation ? `${affiliation.organizationName}: change role` : 'Add an organization'}
      okText={affiliation ? 'Save' : 'Add'}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={pending}
      mask={{ closable: false }}
    >
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
      <Form<AffiliationFormValues>
        form={form}
        name="affiliation"
        layout="vertical"
        initialValues={affiliation ? toAffiliationFormValues(affiliation) : NEW_AFFILIATION_VALUES}
        onFinish={handleFinish}
        disabled={pending}
      >
        {!affiliation && (
          <Form.Item label="Organization" {...affiliationForm.item('organizationId')}>
            <OrganizationPicker />
          </Form.Item>
        )}
        <Form.Item label="Role" {...affiliationForm.item('role')}>
          <Select options={ROLE_OPTIONS} placeholder="Choose a role" />
        </Form.Item>
        <Form.Item label="Started on" {...affiliationForm.item('startedOn')}>
          <DatePicker format={DATE_DISPLAY_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          label="Ended on"
          extra="Leave empty while the role is current."
          {...affiliationForm.item('endedOn')}
        >
          <DatePicker format={DATE_DISPLAY_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="Note" {...affiliationForm.item('note')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
