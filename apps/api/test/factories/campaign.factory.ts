import type { DataSource } from 'typeorm';
import { CampaignGoalEntity } from '../../src/modules/campaigns/campaign-goal.entity';
import { CampaignEntity } from '../../src/modules/campaigns/campaign.entity';
import { ContributionEntity } from '../../src/modules/campaigns/contribution.entity';
import { ParticipationEntity } from '../../src/modules/campaigns/participation.entity';

export type CampaignFields = Partial<Omit<CampaignEntity, 'id' | 'createdAt' | 'updatedAt'>>;
export type GoalFields = Partial<Omit<CampaignGoalEntity, 'id' | 'createdAt' | 'updatedAt'>> & {
  campaignId: string;
};
export type ParticipationFields = Partial<
  Omit<ParticipationEntity, 'id' | 'createdAt' | 'updatedAt'>
> & {
  campaignId: string;
};
export type ContributionFields = Partial<Omit<ContributionEntity, 'id' | 'createdAt'>> & {
  campaignId: string;
  goalId: string;
};

let sequence = 0;

/** A valid campaign row; tests override only what they assert on. */
export function buildCampaign(overrides: CampaignFields = {}): CampaignFields {
  sequence += 1;
  return {
    name: `Test Campaign ${sequence}`,
    kind: 'public_education',
    startsOn: '2024-01-01',
    endsOn: null,
    ...overrides,
  };
}

export async function insertCampaigns(
  dataSource: DataSource,
  ...overrides: CampaignFields[]
): Promise<CampaignEntity[]> {
  const repository = dataSource.getRepository(CampaignEntity);
  return repository.save(overrides.map((o) => repository.create(buildCampaign(o))));
}

export async function insertGoals(
  dataSource: DataSource,
  ...goals: GoalFields[]
): Promise<CampaignGoalEntity[]> {
  const repository = dataSource.getRepository(CampaignGoalEntity);
  return repository.save(
    goals.map((g, position) => {
      sequence += 1;
      return repository.create({
        label: `Goal ${sequence}`,
        unit: 'people',
        target: 100,
        position,
        ...g,
      });
    }),
  );
}

export async function insertParticipations(
  dataSource: DataSource,
  ...participations: ParticipationFields[]
): Promise<ParticipationEntity[]> {
  const repository = dataSource.getRepository(ParticipationEntity);
  return repository.save(
    participations.map((p) =>
      repository.create({ role: 'participant', joinedOn: '2024-02-01', ...p }),
    ),
  );
}

export async function insertContributions(
  dataSource: DataSource,
  ...contributions: ContributionFields[]
): Promise<ContributionEntity[]> {
  const repository = dataSource.getRepository(ContributionEntity);
  return repository.save(
    contributions.map((c) => repository.create({ amount: 10, recordedOn: '2024-03-01', ...c })),
  );
}
