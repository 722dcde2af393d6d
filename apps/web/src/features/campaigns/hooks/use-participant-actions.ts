import {
  type Participant,
  PARTICIPATION_ROLE_LABELS,
  type ParticipationRole,
} from '@coalition/contracts';
import { App } from 'antd';
import { useChangeParticipantRole, useRemoveParticipant } from '../api/use-participant-mutations';
import type { ParticipantActions } from '../components/campaign-participants';
import { participantName } from '../components/participant-name';

/**
 * Changing a participant's role and removing one, with their feedback. A refusal (the role is
 * already held, contributions stand in the way) is said in the API's own words.
 */
export function useParticipantActions(campaignId: string): ParticipantActions {
  const { message } = App.useApp();
  const changeRole = useChangeParticipantRole();
  const remove = useRemoveParticipant();

  return {
    busyId: changeRole.isPending
      ? changeRole.variables.participationId
      : remove.isPending
        ? remove.variables.participationId
        : undefined,
    changeRole: (p: Participant, role: ParticipationRole) =>
      changeRole.mutate(
        { campaignId, participationId: p.id, role },
        {
          onSuccess: () =>
            void message.success(
              `${participantName(p)} is now ${PARTICIPATION_ROLE_LABELS[role].toLowerCase()}.`,
            ),
          onError: (error) => void message.error(error.message),
        },
      ),
    remove: (p: Participant) =>
      remove.mutate(
        { campaignId, participationId: p.id },
        {
          onSuccess: () => void message.success(`${participantName(p)} no longer takes part.`),
          onError: (error) => void message.error(error.message),
        },
      ),
  };
}
