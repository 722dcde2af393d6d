import { DomainError } from '../../common/domain-error';
import { planGoals } from './goal-plan';

const existing = [
  { id: 'voters', label: 'New voters registered', contributions: 4 },
  { id: 'calls', label: 'Phone calls', contributions: 0 },
];
const fields = { unit: 'u', target: 10 };

describe('planGoals', () => {
  it('keeps goals sent with their id, adds new ones and removes unused ones, in the order sent', () => {
    const plan = planGoals(existing, [
      { label: 'Door knocks', ...fields },
      { id: 'voters', label: 'Voters (summer)', ...fields },
    ]);
    expect(plan).toEqual({
      insert: [{ label: 'Door knocks', ...fields, position: 0 }],
      update: [{ id: 'voters', label: 'Voters (summer)', ...fields, position: 1 }],
      remove: ['calls'],
    });
  });

  it('refuses to drop a goal with contributions, naming it', () => {
    expect(() => planGoals(existing, [])).toThrow(DomainError);
    expect(() => planGoals(existing, [])).toThrow(/"New voters registered" has 4 contribution/);
  });

  it('refuses an id that is not one of the campaign’s goals, naming its position', () => {
    try {
      planGoals(existing, [
        { id: 'voters', label: 'V', ...fields },
        { id: 'elsewhere', label: 'X', ...fields },
      ]);
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toMatchObject({ kind: 'invalid', fields: [{ path: 'goals.1.id' }] });
    }
  });
});
