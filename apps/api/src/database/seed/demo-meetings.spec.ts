import { demoFaker } from './demo-random';
import { DEMO_TODAY, planDemoMeetings } from './demo-meetings';

describe('planDemoMeetings', () => {
  const tierOne = [
    { id: '00000000-0000-4000-8000-000000000001', title: 'Safe Communities Act' },
    { id: '00000000-0000-4000-8000-000000000002', title: 'Immigrant Legal Defense Act' },
    { id: '00000000-0000-4000-8000-000000000003', title: 'Dignity Not Deportations' },
  ];
  const plan = planDemoMeetings(demoFaker(1), tierOne);

  it('holds two years of every kind of meeting, at least 60, ending by the demo today', () => {
    expect(plan.length).toBeGreaterThanOrEqual(60);
    expect(plan.every((m) => m.startsAt <= `${DEMO_TODAY}T23:59:59Z`)).toBe(true);
    const count = (type: string) => plan.filter((m) => m.type === type).length;
    expect(count('general_assembly')).toBeGreaterThanOrEqual(24);
    expect(count('lobby_day')).toBe(4);
    expect(count('training')).toBeGreaterThanOrEqual(8);
    expect(count('working_group')).toBeGreaterThanOrEqual(3 * 16);
  });

  it('is the same on every run', () => {
    expect(planDemoMeetings(demoFaker(1), tierOne)).toEqual(plan);
  });
});
