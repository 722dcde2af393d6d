import type { CampaignDetail } from '@coalition/contracts';
import { Form } from 'antd';
import { useState } from 'react';
import { EditDrawer } from '@/components/edit-drawer';
import { useRecordEdit } from '@/lib/use-record-edit';
import { versionConflictCurrent } from '../api/campaign-version-conflict';
import { useUpdateCampaign } from '../api/use-update-campaign';
import { CampaignForm } from './campaign-form';
import { showApiErrorOnForm } from './campaign-form-errors';
import {
  campaignChanges,
  type CampaignFormValues,
  hasChanges,
  toCampaignFormValues,
} from './campaign-form-model';

interface EditCampaignDrawerProps {
  campaign: CampaignDetail;
  open: boolean;
  onClose: () => void;
}

/** Edits a campaign, sending only what changed and the version the form was filled from. */
export function EditCampaignDrawer({ campaign, open, onClose }: EditCampaignDrawerProps) {
  const [form] = Form.useForm<CampaignFormValues>();
  const [initialValues] = useState(() => toCampaignFormValues(campaign));
  const edit = useRecordEdit({
    record: campaign,
    update: useUpdateCampaign(),
    changesOf: campaignChanges,
    hasChanges,
    conflictOf: versionConflictCurrent,
    showError: (error) => showApiErrorOnForm(form, error),
    refill: (latest) => {
      form.resetFields();
      form.setFieldsValue(toCampaignFormValues(latest));
    },
    nameOf: (saved) => saved.name,
    onClose,
  });

  return (
    <EditDrawer
      noun="campaign"
      title={`Edit ${edit.base.name}`}
      open={open}
      onClose={onClose}
      onSubmit={() => form.submit()}
      edit={edit}
    >
      <CampaignForm
        form={form}
        initialValues={initialValues}
        onSubmit={edit.submit}
        disabled={edit.saving}
      />
    </EditDrawer>
  );
}
