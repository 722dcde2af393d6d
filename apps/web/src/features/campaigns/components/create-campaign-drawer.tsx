import { App, Form } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { FormDrawer } from '@/components/form-drawer';
import { paths } from '@/lib/paths';
import { useCreateCampaign } from '../api/use-create-campaign';
import { CampaignForm } from './campaign-form';
import { showApiErrorOnForm } from './campaign-form-errors';
import {
  type CampaignFormData,
  type CampaignFormValues,
  NEW_CAMPAIGN_VALUES,
} from './campaign-form-model';

interface CreateCampaignDrawerProps {
  open: boolean;
  onClose: () => void;
}

/** Starts a campaign with its issues and goals, then opens its page. */
export function CreateCampaignDrawer({ open, onClose }: CreateCampaignDrawerProps) {
  const [form] = Form.useForm<CampaignFormValues>();
  const [problem, setProblem] = useState<string>();
  const create = useCreateCampaign();
  const navigate = useNavigate();
  const { message } = App.useApp();

  const submit = (data: CampaignFormData) => {
    setProblem(undefined);
    // New goals have no id yet.
    const goals = data.goals.map(({ label, unit, target }) => ({ label, unit, target }));
    create.mutate(
      { ...data, goals },
      {
        onSuccess: (campaign) => {
          void message.success(`${campaign.name} was created.`);
          onClose();
          void navigate(paths.campaign(campaign.id));
        },
        onError: (error) => setProblem(showApiErrorOnForm(form, error)),
      },
    );
  };

  return (
    <FormDrawer
      title="New campaign"
      open={open}
      onClose={onClose}
      submitLabel="Create campaign"
      onSubmit={() => form.submit()}
      saving={create.isPending}
      problemTitle="The campaign was not saved"
      problem={problem}
    >
      <CampaignForm
        form={form}
        initialValues={NEW_CAMPAIGN_VALUES}
        onSubmit={submit}
        disabled={create.isPending}
      />
    </FormDrawer>
  );
}
