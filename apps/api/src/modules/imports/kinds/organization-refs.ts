import type { EntityManager } from 'typeorm';
import type { ImportLookupRepository, OrganizationCandidate } from '../import-lookup.repository';
import { groupBy } from './row-values';

/** An organization a row refers to by name, and city when the file gives one. */
export interface OrganizationRef {
  name: string;
  city: string | null;
}

export type ResolvedOrganization = { id: string; label: string } | { problem: string };

export const organizationLabel = (o: { name: string; city: string; archived?: boolean }) =>
  `${o.name} (${o.city}${o.archived ? ', archived' : ''})`;

function pick(ref: OrganizationRef, candidates: OrganizationCandidate[]): ResolvedOrganization {
  const cities = [...new Set(candidates.map((c) => c.city))];
  if (ref.city) {
    const found = candidates.find((c) => c.city === ref.city);
    if (found) return { id: found.id, label: organizationLabel(found) };
    if (cities.length)
      return {
        problem: `is not a member organization in ${ref.city} (there is one in ${cities.join(', ')})`,
      };
    return {
      problem:
        'is not a member organization: import the organizations first, or check the spelling',
    };
  }
  if (!candidates.length)
    return {
      problem:
        'is not a member organization: import the organizations first, or check the spelling',
    };
  const current = candidates.filter((c) => !c.archived);
  const choices = current.length ? current : candidates;
  if (new Set(choices.map((c) => c.city)).size > 1) {
    return {
      problem: `names organizations in several cities (${cities.join(', ')}): map a column to "Organization's city"`,
    };
  }
  return { id: choices[0].id, label: organizationLabel(choices[0]) };
}

/**
 * Finds the organizations rows refer to, all in one query: same name key (case, accents,
 * punctuation, "The", "Inc." aside) and, when given, same city. Organizations must exist already:
 * an unknown or ambiguous one is a problem for the row, never created on the fly.
 */
export async function resolveOrganizations(
  lookup: ImportLookupRepository,
  manager: EntityManager,
  refs: (OrganizationRef | null)[],
): Promise<(ResolvedOrganization | null)[]> {
  const names = [...new Set(refs.flatMap((r) => (r ? [r.name] : [])))];
  const byName = groupBy(await lookup.organizationsByName(manager, names), (c) => c.input);
  return refs.map((ref) => (ref ? pick(ref, byName.get(ref.name) ?? []) : null));
}
