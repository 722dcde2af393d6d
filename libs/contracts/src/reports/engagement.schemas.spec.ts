import { DEFAULT_ENGAGEMENT_SETTINGS, engagementBandOf, engagementSettingsSchema } from './engagement.schemas';

describe('engagement bands', () => {
  const thresholds = { core: 40, active: 20, occasional: 5 };

  it.each([
    [40, 'core'],
    [39.99, 'active'],
    [20, 'active'],
    [19.99, 'occasional'],
    [5, 'occasional'],
    [4.99, 'dormant'],
    [0, 'dormant'],
  ])('puts a score of %s in %s', (score, band) => {
    expect(engagementBandOf(score, thresholds)).toBe(band);
  });
});

describe('engagement settings', () => {
  it('accepts the defaults', () => {
    expect(engagementSettingsSchema.parse(DEFAULT_ENGAGEMENT_SETTINGS)).toEqual(DEFAULT_ENGAGEMENT_SETTINGS);
  });

  it('refuses thresholds that do not descend, naming the threshold', () => {
    const result = engagementSettingsSchema.safeParse({
      ...DEFAULT_ENGAGEMENT_SETTINGS,
      thresholds: { core: 20, active: 30, occasional: 0 },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['thresholds.active', 'must be below core (20)'],
      ['thresholds.occasional', 'must be above 0, so dormant means no activity'],
    ]);
  });

  it('refuses a half-life of part of a day, and unknown points', () => {
    expect(engagementSettingsSchema.safeParse({ ...DEFAULT_ENGAGEMENT_SETTINGS, halfLifeDays: 0.5 }).success).toBe(false);
    const extra = { ...DEFAULT_ENGAGEMENT_SETTINGS, points: { ...DEFAULT_ENGAGEMENT_SETTINGS.points, likes: 1 } };
    expect(engagementSettingsSchema.safeParse(extra).success).toBe(false);
  });
});
