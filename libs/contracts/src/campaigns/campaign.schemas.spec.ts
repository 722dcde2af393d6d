import { createCampaignSchema, updateCampaignSchema } from './campaign.schemas';
import { createParticipationSchema } from './participation.schemas';

describe('campaign schemas', () => {
  const base = { name: 'English Works', kind: 'workforce_esol', startsOn: '2025-01-01' };

  it('fills empty goals and issues, and accepts an open end', () => {
    expect(createCampaignSchema.parse(base)).toEqual({ ...base, issueIds: [], goals: [] });
  });

  it('refuses an end before the start, naming endsOn', () => {
    const result = createCampaignSchema.safeParse({ ...base, endsOn: '2024-12-31' });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['endsOn']);
    expect(
      updateCampaignSchema.safeParse({ version: 1, startsOn: '2025-02-01', endsOn: '2025-01-31' })
        .success,
    ).toBe(false);
    expect(updateCampaignSchema.safeParse({ version: 1, endsOn: '2020-01-01' }).success).toBe(true);
  });

  it('refuses goal labels repeated regardless of case, and goal ids repeated', () => {
    const goal = { label: 'Voters', unit: 'voters', target: 10 };
    expect(
      createCampaignSchema.safeParse({ ...base, goals: [goal, { ...goal, label: 'VOTERS' }] })
        .success,
    ).toBe(false);
    const id = '00000000-0000-4000-8000-000000000001';
    expect(
      updateCampaignSchema.safeParse({
        version: 1,
        goals: [
          { ...goal, id },
          { ...goal, label: 'Other', id },
        ],
      }).success,
    ).toBe(false);
  });
});

describe('participation schema', () => {
  const id = '00000000-0000-4000-8000-000000000001';

  it('takes exactly one of an organization and a contact', () => {
    expect(
      createParticipationSchema.safeParse({ organizationId: id, role: 'funder' }).success,
    ).toBe(true);
    expect(createParticipationSchema.safeParse({ contactId: id, role: 'funder' }).success).toBe(
      true,
    );
    expect(createParticipationSchema.safeParse({ role: 'funder' }).success).toBe(false);
    expect(
      createParticipationSchema.safeParse({ organizationId: id, contactId: id, role: 'funder' })
        .success,
    ).toBe(false);
  });
});
