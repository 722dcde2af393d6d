import type { CampaignDetail } from '@coalition/contracts';
import { DomainError } from '../../common/domain-error';

export function campaignNotFound(id: string): DomainError {
  return new DomainError('not_found', 'campaign_not_found', `No campaign has the id ${id}`);
}

export function campaignDuplicate(name: string): DomainError {
  return new DomainError(
    'conflict',
    'campaign_duplicate',
    `A campaign named "${name}" already exists`,
    [{ path: 'name', message: 'already exists' }],
  );
}

/** Someone else saved first: the body carries the current record so the form can be refreshed. */
export function campaignVersionConflict(current: CampaignDetail): DomainError {
  return new DomainError(
    'conflict',
    'campaign_version_conflict',
    `This campaign was changed by someone else (now version ${current.version}); reload it and try again`,
    [{ path: 'version', message: `is stale: the current version is ${current.version}` }],
    { current },
  );
}

/** Raised when a partial update leaves the end before the (unchanged) start, or the reverse. */
export function campaignEndsBeforeStart(startsOn: string): DomainError {
  return new DomainError(
    'invalid',
    'validation_failed',
    `body field endsOn: must be on or after startsOn (${startsOn})`,
    [{ path: 'endsOn', message: `must be on or after startsOn (${startsOn})` }],
  );
}

export function goalNotInCampaign(index: number, id: string): DomainError {
  const path = `goals.${index}.id`;
  return new DomainError(
    'invalid',
    'goal_not_in_campaign',
    `body field ${path}: ${id} is not a goal of this campaign`,
    [{ path, message: 'is not a goal of this campaign' }],
  );
}

export function goalHasContributions(label: string, count: number): DomainError {
  return new DomainError(
    'conflict',
    'goal_has_contributions',
    `The goal "${label}" has ${count} contribution(s) and cannot be removed; send it back in goals to keep it`,
    [{ path: 'goals', message: `must keep "${label}", which has contributions` }],
  );
}

export function participationNotFound(id: string): DomainError {
  return new DomainError(
    'not_found',
    'participation_not_found',
    `This campaign has no participation with the id ${id}`,
  );
}

export function participationDuplicate(
  field: 'organizationId' | 'contactId',
  role: string,
): DomainError {
  const who = field === 'organizationId' ? 'organization' : 'contact';
  return new DomainError(
    'conflict',
    'participation_duplicate',
    `This ${who} already takes part in the campaign as ${role}`,
    [{ path: field, message: `already takes part as ${role}` }],
  );
}

export function participationHasContributions(count: number): DomainError {
  return new DomainError(
    'conflict',
    'participation_has_contributions',
    `This participant has ${count} contribution(s) to the campaign's goals and cannot be removed`,
  );
}

/** Same code as the organizations domain, naming the body field that carried the id. */
export function participantOrganizationNotFound(id: string): DomainError {
  return new DomainError(
    'not_found',
    'organization_not_found',
    `No organization has the id ${id}`,
    [{ path: 'organizationId', message: `no organization has the id ${id}` }],
  );
}

export function contributionGoalNotInCampaign(goalId: string): DomainError {
  return new DomainError(
    'invalid',
    'goal_not_in_campaign',
    `body field goalId: ${goalId} is not a goal of this campaign`,
    [{ path: 'goalId', message: 'is not a goal of this campaign' }],
  );
}

export function contributionParticipationNotInCampaign(participationId: string): DomainError {
  return new DomainError(
    'invalid',
    'participation_not_in_campaign',
    `body field participationId: ${participationId} is not a participation in this campaign`,
    [{ path: 'participationId', message: 'is not a participation in this campaign' }],
  );
}
