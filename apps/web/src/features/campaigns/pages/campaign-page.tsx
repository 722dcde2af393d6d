import type { CampaignDetail } from '@coalition/contracts';
import { Suspense } from 'react';
import { useParams } from 'react-router';
import { ArchivedBanner } from '@/components/archived-banner';
import { RecordPageFrame } from '@/components/record-page-frame';
import { paths } from '@/lib/paths';
import { useCan } from '@/lib/session';
import { useDrawerState } from '@/lib/use-drawer-state';
import { useCampaign } from '../api/use-campaign';
import { AddParticipantModal } from '../components/add-participant-modal';
import { CampaignContributions } from '../components/campaign-contributions';
import { CampaignHeader } from '../components/campaign-header';
import { CampaignOverview } from '../components/campaign-overview';
import { CampaignParticipants } from '../components/campaign-participants';
import { GoalSeriesSection } from '../components/goal-series-section';
import { EditCampaignDrawer } from '../components/lazy-drawers';
import { LogContributionModal } from '../components/log-contribution-modal';
import { useCampaignArchive } from '../hooks/use-campaign-archive';
import { useParticipantActions } from '../hooks/use-participant-actions';

/** The loaded campaign: header, overview, progress over time, participants, contributions. */
function CampaignView({ campaign }: { campaign: CampaignDetail }) {
  const edit = useDrawerState();
  const addParticipant = useDrawerState();
  const logContribution = useDrawerState();
  const archive = useCampaignArchive();
  const participantActions = useParticipantActions(campaign.id);
  // The API refuses writes to a role without this permission; the page does not offer them.
  const canWrite = useCan('campaigns.write');
  // An archived campaign is history: restore it first to change it.
  const canChange = canWrite && !campaign.archivedAt;

  return (
    <>
      <title>{`${campaign.name} · Coalition CRM`}</title>
      <CampaignHeader
        campaign={campaign}
        onEdit={canWrite ? edit.show : undefined}
        onArchive={canWrite ? () => archive.confirmArchive(campaign) : undefined}
      />
      {campaign.archivedAt && (
        <ArchivedBanner
          whereGone={`${campaign.name} no longer appears in the campaign list.`}
          restoreHint="Restore it to list and change it again."
          archivedAt={campaign.archivedAt}
          restoring={archive.restoring}
          onRestore={canWrite ? () => archive.restore(campaign) : undefined}
        />
      )}
      <CampaignOverview campaign={campaign} />
      <GoalSeriesSection series={campaign.contributionSeries} />
      <CampaignParticipants
        participants={campaign.participants}
        actions={canChange ? participantActions : undefined}
        onAdd={canChange ? addParticipant.show : undefined}
      />
      <CampaignContributions
        campaignId={campaign.id}
        // Nothing to count toward without a goal.
        onLog={canChange && campaign.goals.length > 0 ? logContribution.show : undefined}
      />
      {edit.session > 0 && (
        <Suspense fallback={null}>
          <EditCampaignDrawer
            key={edit.session}
            campaign={campaign}
            open={edit.open}
            onClose={edit.hide}
          />
        </Suspense>
      )}
      {addParticipant.session > 0 && (
        <AddParticipantModal
          key={addParticipant.session}
          campaignId={campaign.id}
          open={addParticipant.open}
          onClose={addParticipant.hide}
        />
      )}
      {logContribution.session > 0 && (
        <LogContributionModal
          key={logContribution.session}
          campaign={campaign}
          open={logContribution.open}
          onClose={logContribution.hide}
        />
      )}
    </>
  );
}

export function CampaignPage() {
  const { campaignId = '' } = useParams();
  const query = useCampaign(campaignId);
  return (
    <RecordPageFrame
      noun="campaign"
      listPath={paths.campaigns}
      listLabel="Campaigns"
      query={query}
      titleOf={(campaign) => campaign.name}
      notFoundText="No campaign has this address. The link may be mistyped."
    >
      {(campaign) => <CampaignView campaign={campaign} />}
    </RecordPageFrame>
  );
}
