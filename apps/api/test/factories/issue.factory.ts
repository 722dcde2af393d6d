import type { DataSource } from 'typeorm';
import { BillEntity } from '../../src/modules/issues/bill.entity';
import { InterestEntity } from '../../src/modules/issues/interest.entity';
import { IssueEntity } from '../../src/modules/issues/issue.entity';

export type IssueFields = Partial<Omit<IssueEntity, 'id' | 'createdAt' | 'updatedAt'>>;
export type BillFields = Partial<Omit<BillEntity, 'id' | 'createdAt' | 'updatedAt'>> & {
  issueId: string;
};
export type InterestFields = Partial<Omit<InterestEntity, 'createdAt' | 'updatedAt'>> & {
  organizationId: string;
  issueId: string;
};

let sequence = 0;

/** A valid issue row; tests override only what they assert on (ranks default to the sequence). */
export function buildIssue(overrides: IssueFields = {}): IssueFields {
  sequence += 1;
  return {
    title: `Test Issue ${sequence}`,
    tier: 2,
    rank: sequence,
    session: '2025-2026',
    status: 'active',
    ...overrides,
  };
}

export async function insertIssues(
  dataSource: DataSource,
  ...overrides: IssueFields[]
): Promise<IssueEntity[]> {
  const repository = dataSource.getRepository(IssueEntity);
  return repository.save(overrides.map((o) => repository.create(buildIssue(o))));
}

/** Bills need their issue's session; it is read from the issue unless given. */
export async function insertBills(
  dataSource: DataSource,
  ...bills: BillFields[]
): Promise<BillEntity[]> {
  const issues = dataSource.getRepository(IssueEntity);
  const repository = dataSource.getRepository(BillEntity);
  const rows: BillEntity[] = [];
  for (const bill of bills) {
    sequence += 1;
    const session = bill.session ?? (await issues.findOneByOrFail({ id: bill.issueId })).session;
    rows.push(
      repository.create({
        number: `H.${sequence}`,
        title: `Test Bill ${sequence}`,
        status: 'filed',
        session,
        ...bill,
      }),
    );
  }
  return repository.save(rows);
}

export async function insertInterests(
  dataSource: DataSource,
  ...interests: InterestFields[]
): Promise<InterestEntity[]> {
  const repository = dataSource.getRepository(InterestEntity);
  return repository.save(
    interests.map((i) =>
      repository.create({ level: 'interested', confirmedOn: '2025-03-01', ...i }),
    ),
  );
}
