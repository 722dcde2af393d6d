import type { CampaignDetail } from '@coalition/contracts';
import { App } from 'antd';
import { useCallback } from 'react';
import { versionConflictCurrent } from '../api/campaign-version-conflict';
import { useSetCampaignArchived } from '../api/use-set-campaign-archived';

function failureMessage(campaign: CampaignDetail, error: Error): string {
  return versionConflictCurrent(error)
    ? `Someone else changed ${campaign.name} meanwhile. The page now shows their changes; try again if it still applies.`
    : error.message;
}

/** Archiving (after a confirmation naming the campaign) and restoring, with their feedback. */
export function useCampaignArchive() {
  const { modal, message } = App.useApp();
  const mutation = useSetCampaignArchived();
  const { mutateAsync } = mutation;

  const run = useCallback(
    async (campaign: CampaignDetail, archived: boolean) => {
      try {
        await mutateAsync({ id: campaign.id, version: campaign.version, archived });
        void message.success(`${campaign.name} was ${archived ? 'archived' : 'restored'}.`);
      } catch (error) {
        void message.error(failureMessage(campaign, error as Error));
      }
    },
    [mutateAsync, message],
  );

  const confirmArchive = useCallback(
    (campaign: CampaignDetail) => {
      void modal.confirm({
        title: `Archive ${campaign.name}?`,
        content:
          'It will no longer appear in the campaign list or on member organizations’ pages. Nothing is deleted: its participants and contributions stay, and it can be restored from its page.',
        okText: 'Archive',
        okButtonProps: { danger: true },
        cancelText: 'Cancel',
        // The dialog stays open, its button spinning, until the API answers.
        onOk: () => run(campaign, true),
      });
    },
    [modal, run],
  );

  const restore = useCallback((campaign: CampaignDetail) => void run(campaign, false), [run]);

  return { confirmArchive, restore, restoring: mutation.isPending };
}
