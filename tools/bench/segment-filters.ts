/** The five segment previews the benchmark times: what organizers build, from simple to deep. */
import {
  type FilterNodeInput,
  type SegmentFilter,
  segmentFilterSchema,
} from '@coalition/contracts';

export interface FilterIds {
  coverAllKidsId: string;
  campaignId: string;
}

const group = (op: 'and' | 'or', ...children: FilterNodeInput[]): FilterNodeInput => ({
  type: 'group',
  op,
  children,
});
const root = (op: 'and' | 'or', ...children: FilterNodeInput[]): SegmentFilter =>
  segmentFilterSchema.parse(group(op, ...children));

export function benchFilters({
  coverAllKidsId,
  campaignId,
}: FilterIds): { name: string; filter: SegmentFilter }[] {
  return [
    {
      // docs/segments.md's opening example (and the demo's first saved segment).
      name: 'organizer example: Cover All Kids, Worcester & Hampden, es/pt, takes calls',
      filter: root(
        'and',
        {
          type: 'condition',
          field: 'organization.kind',
          values: ['health_center', 'community_group'],
        },
        { type: 'condition', field: 'organization.status', values: ['active'] },
        { type: 'condition', field: 'organization.county', values: ['Worcester', 'Hampden'] },
        {
          type: 'condition',
          field: 'organization.interest',
          issueIds: [coverAllKidsId],
          minLevel: 'active',
        },
        { type: 'condition', field: 'contact.language', values: ['es', 'pt'] },
        { type: 'condition', field: 'contact.consent', channels: ['phone'] },
      ),
    },
    {
      name: 'deep AND/OR tree (5 levels, 12 conditions)',
      filter: root(
        'or',
        group(
          'and',
          { type: 'condition', field: 'organization.status', values: ['active'] },
          group(
            'or',
            {
              type: 'condition',
              field: 'organization.county',
              values: ['Suffolk', 'Middlesex', 'Essex'],
            },
            group(
              'and',
              {
                type: 'condition',
                field: 'organization.kind',
                values: ['school', 'social_service'],
              },
              group(
                'or',
                {
                  type: 'condition',
                  field: 'organization.issueTier',
                  tiers: [1],
                  minLevel: 'active',
                },
                {
                  type: 'condition',
                  field: 'organization.engagementBand',
                  values: ['core', 'active'],
                },
              ),
            ),
          ),
          { type: 'condition', field: 'contact.hasEmail', value: true },
        ),
        group(
          'and',
          { type: 'condition', field: 'contact.language', values: ['ht', 'kea', 'pt'] },
          group(
            'or',
            { type: 'condition', field: 'contact.consent', channels: ['sms'] },
            group(
              'and',
              {
                type: 'condition',
                field: 'contact.role',
                values: ['executive_director', 'primary_contact'],
              },
              { type: 'condition', field: 'contact.lastMeeting', after: '2026-01-01' },
            ),
          ),
          { type: 'condition', field: 'organization.campaign', campaignIds: [campaignId] },
        ),
      ),
    },
    {
      name: 'lapsed members to win back (directors and primary contacts)',
      filter: root(
        'and',
        { type: 'condition', field: 'organization.status', values: ['lapsed'] },
        {
          type: 'condition',
          field: 'contact.role',
          values: ['executive_director', 'primary_contact'],
        },
      ),
    },
    {
      name: 'active members who stopped coming to meetings or never came, dues owed',
      filter: root(
        'and',
        { type: 'condition', field: 'organization.status', values: ['active'] },
        group(
          'or',
          { type: 'condition', field: 'organization.lastMeeting', before: '2026-06-30' },
          { type: 'condition', field: 'organization.lastMeeting', never: true },
        ),
        { type: 'condition', field: 'organization.dues', values: ['overdue', 'current'] },
      ),
    },
    {
      name: 'people who never came to a meeting, reachable by text, Spanish speakers',
      filter: root(
        'and',
        { type: 'condition', field: 'contact.lastMeeting', never: true },
        { type: 'condition', field: 'contact.consent', channels: ['sms'] },
        { type: 'condition', field: 'contact.hasPhone', value: true },
        { type: 'condition', field: 'contact.language', values: ['es'] },
      ),
    },
  ];
}
