import { PARTICIPATION_ROLE_LABELS, type Participant } from '@coalition/contracts';
import { paths } from '@/lib/paths';

/** Who takes part, as shown: the organization's name, or the person's (absent: "A person"). */
export function participantName(p: Participant): string {
  return p.organization?.name ?? p.contact?.name ?? 'A person';
}

/** The participant's own page: an organization's or a contact's. */
export function participantHref(p: Participant): string | undefined {
  if (p.organization) return paths.organization(p.organization.id);
  return p.contact ? paths.contact(p.contact.id) : undefined;
}

/** `Chelsea Collaborative (Lead partner)`: one participant may hold several roles. */
export function participantChoiceLabel(p: Participant): string {
  return `${participantName(p)} (${PARTICIPATION_ROLE_LABELS[p.role]})`;
}
