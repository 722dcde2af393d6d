import { diffChanges } from './audit-diff';

describe('diffChanges', () => {
  it('lists only the fields that changed, with before and after', () => {
    expect(diffChanges({ name: 'A', city: 'Boston', tags: ['x'] }, { name: 'B', city: 'Boston', tags: ['x'] })).toEqual([
      { field: 'name', before: 'A', after: 'B' },
    ]);
  });

  it('records every field of a created record with a null before', () => {
    expect(diffChanges(null, { name: 'A', joinedOn: null })).toEqual([{ field: 'name', before: null, after: 'A' }]);
  });

  it('never records secret values', () => {
    expect(diffChanges({ passwordHash: 'old' }, { passwordHash: 'new' })).toEqual([
      { field: 'passwordHash', before: '[redacted]', after: '[redacted]' },
    ]);
  });
});
