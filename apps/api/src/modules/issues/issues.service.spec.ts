import type { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '../../common/domain-error';
import type { AuditService } from '../audit/audit.service';
import type { IssueRow, IssuesRepository } from './issues.repository';
import { IssuesService } from './issues.service';

function row(overrides: Partial<IssueRow> = {}): IssueRow {
  return {
    id: 'i1',
    title: 'Cover All Kids',
    summary: null,
    tier: 2,
    rank: 4,
    session: '2025-2026',
    status: 'active',
    version: 3,
    createdAt: new Date('2025-01-01T00:00:00Z'),
    updatedAt: new Date('2025-02-01T00:00:00Z'),
    archivedAt: null,
    interestCounts: { interested: 5, active: 2, leading: 1 },
    bills: [],
    ...overrides,
  };
}

describe('IssuesService', () => {
  const manager = {} as EntityManager;
  const repository = {
    findById: jest.fn(),
    organizationsOf: jest.fn().mockResolvedValue([]),
    nextRank: jest.fn(),
    updateIfVersion: jest.fn(),
    compactTier: jest.fn(),
    lockTier: jest.fn(),
    setRanks: jest.fn(),
    listTier: jest.fn(),
  };
  const dataSource = {
    transaction: (work: (m: EntityManager) => Promise<unknown>) => work(manager),
  };
  const audit = { record: jest.fn() };
  const service = new IssuesService(
    repository as unknown as IssuesRepository,
    dataSource as unknown as DataSource,
    audit as unknown as AuditService,
  );

  beforeEach(() => jest.clearAllMocks());

  it('puts an issue moved to another tier last there and closes the gap in the old tier', async () => {
    repository.findById.mockResolvedValue(row());
    repository.nextRank.mockResolvedValue(7);
    repository.updateIfVersion.mockResolvedValue(true);
    await service.update('i1', { version: 3, tier: 1 });
    expect(repository.nextRank).toHaveBeenCalledWith(manager, 1);
    expect(repository.updateIfVersion).toHaveBeenCalledWith(manager, 'i1', 3, { tier: 1, rank: 7 });
    expect(repository.compactTier).toHaveBeenCalledWith(manager, 2);
  });

  it('leaves the rank alone when the tier sent is the current one', async () => {
    repository.findById.mockResolvedValue(row());
    repository.updateIfVersion.mockResolvedValue(true);
    await service.update('i1', { version: 3, tier: 2, status: 'won' });
    expect(repository.updateIfVersion).toHaveBeenCalledWith(manager, 'i1', 3, {
      tier: 2,
      status: 'won',
    });
    expect(repository.compactTier).not.toHaveBeenCalled();
  });

  it('answers a stale version with a conflict carrying the current issue', async () => {
    repository.findById.mockResolvedValue(row());
    repository.updateIfVersion.mockResolvedValue(false);
    await expect(service.update('i1', { version: 2, status: 'won' })).rejects.toMatchObject({
      constructor: DomainError,
      code: 'issue_version_conflict',
      details: { current: expect.objectContaining({ version: 3 }) },
    });
  });

  it('refuses a reorder that leaves out an issue of the tier, before writing anything', async () => {
    repository.lockTier.mockResolvedValue(['a', 'b']);
    await expect(service.reorder({ tier: 1, issueIds: ['b'] })).rejects.toMatchObject({
      kind: 'invalid',
      fields: [{ path: 'issueIds', message: expect.stringContaining('missing a') }],
    });
    expect(repository.setRanks).not.toHaveBeenCalled();
  });

  it('re-ranks in the order sent and answers the tier', async () => {
    repository.lockTier.mockResolvedValue(['a', 'b']);
    repository.listTier.mockResolvedValue([row({ id: 'b', rank: 1 }), row({ id: 'a', rank: 2 })]);
    const res = await service.reorder({ tier: 2, issueIds: ['b', 'a'] });
    expect(repository.setRanks).toHaveBeenCalledWith(manager, ['b', 'a']);
    expect(res.items.map((i) => [i.id, i.rank])).toEqual([
      ['b', 1],
      ['a', 2],
    ]);
    expect(audit.record).toHaveBeenCalledWith(
      manager,
      expect.objectContaining({ entityType: 'issue_tier', entityId: '2' }),
    );
  });
});
