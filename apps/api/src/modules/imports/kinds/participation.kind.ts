import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PARTICIPATION_ROLES, type ParticipationRole, type RowProblem } from '@coalition/contracts';
import { type ExistingParticipation, ImportLookupRepository } from '../import-lookup.repository';
import { ImportWriterRepository } from '../import-writer.repository';
import { emailKey, organizationKey } from '../parsing/match-keys';
import { compactKey } from '../parsing/text-keys';
import type {
  FileKey,
  ImportKindHandler,
  Resolution,
  RowValues,
  StagedRow,
  WriteItem,
  WriteResult,
} from './import-kind';
import { resolveOrganizations } from './organization-refs';
import { choiceOf, groupBy, textOf } from './row-values';

export interface ParticipationPlan {
  campaignId: string;
  organizationId: string | null;
  contactId: string | null;
  role: ParticipationRole;
}

interface Participant {
  campaign: { id: string; label: string };
  organizationId: string | null;
  contactId: string | null;
  label: string;
}

const sameParticipant = (p: Participant) => (e: ExistingParticipation) =>
  e.campaignId === p.campaign.id &&
  (p.organizationId ? e.organizationId === p.organizationId : e.contactId === p.contactId);

/**
 * Campaign participation of an organization (which must exist) or of a person (by the email of an
 * existing contact). A row is the participation of the same participant in the same campaign in
 * the same role; the same participant in another role is a further participation (as the table's
 * keys allow), listed as a near match. There is nothing to update: a row that exists is skipped.
 */
@Injectable()
export class ParticipationImport implements ImportKindHandler<ParticipationPlan> {
  constructor(
    private readonly lookup: ImportLookupRepository,
    private readonly writer: ImportWriterRepository,
  ) {}

  fileKeys(values: RowValues): FileKey[] {
    const campaign = compactKey(textOf(values, 'campaign') ?? '');
    const role = textOf(values, 'role') ?? '';
    const organization = textOf(values, 'organizationName');
    const email = emailKey(textOf(values, 'contactEmail'));
    if (organization)
      return [
        {
          key: `${campaign}|${role}|org:${organizationKey(organization, textOf(values, 'organizationCity'))}`,
          field: 'organizationName',
          label: 'campaign, organization and role',
        },
      ];
    return email
      ? [
          {
            key: `${campaign}|${role}|email:${email}`,
            field: 'contactEmail',
            label: 'campaign, email and role',
          },
        ]
      : [];
  }

  async resolve(
    manager: EntityManager,
    rows: StagedRow[],
  ): Promise<Resolution<ParticipationPlan>[]> {
    const participants = await this.participants(manager, rows);
    const existing = await this.lookup.participations(
      manager,
      participants.flatMap(({ participant: p }) =>
        p
          ? [
              {
                campaignId: p.campaign.id,
                organizationId: p.organizationId,
                contactId: p.contactId,
              },
            ]
          : [],
      ),
    );
    return rows.map((row, i) => {
      const { participant, problems } = participants[i];
      const role = choiceOf(row.values, 'role', PARTICIPATION_ROLES, problems);
      const theirs = participant ? existing.filter(sameParticipant(participant)) : [];
      const same = theirs.find((e) => e.role === role);
      const label = participant ? `${participant.label} in ${participant.campaign.label}` : '';
      return {
        problems,
        match:
          participant && same
            ? {
                id: participant.campaign.id,
                label: `${label} as ${same.role}`,
                reason: 'same participant, campaign and role',
              }
            : null,
        nearMatches: participant
          ? theirs
              .filter((e) => e !== same)
              .map((e) => ({
                id: participant.campaign.id,
                label: `${label} as ${e.role}`,
                reason: 'already takes part in another role',
              }))
          : [],
        plan:
          participant && role && !problems.length
            ? {
                campaignId: participant.campaign.id,
                organizationId: participant.organizationId,
                contactId: participant.contactId,
                role,
              }
            : null,
      };
    });
  }

  private async participants(
    manager: EntityManager,
    rows: StagedRow[],
  ): Promise<{ participant: Participant | null; problems: RowProblem[] }[]> {
    const campaigns = groupBy(
      await this.lookup.campaignsByName(manager, [
        ...new Set(rows.map((r) => textOf(r.values, 'campaign') ?? '')),
      ]),
      (c) => c.input,
    );
    const organizations = await resolveOrganizations(
      this.lookup,
      manager,
      rows.map((r) => {
        const name = textOf(r.values, 'organizationName');
        return name ? { name, city: textOf(r.values, 'organizationCity') } : null;
      }),
    );
    const emails = rows.map((r) => emailKey(textOf(r.values, 'contactEmail')));
    const people = groupBy(
      await this.lookup.contactsByEmail(manager, [...new Set(emails.filter(Boolean))]),
      (h) => h.key,
    );
    return rows.map((row, i) => {
      const problems: RowProblem[] = [];
      const campaign = campaigns.get(textOf(row.values, 'campaign') ?? '')?.[0];
      if (!campaign)
        problems.push({
          field: 'campaign',
          message: 'is not a campaign: check the name against the Campaigns page',
        });
      const organization = organizations[i];
      const contactId =
        !organization && emails[i] ? people.get(emails[i])?.[0]?.contactId : undefined;
      if (organization && 'problem' in organization)
        problems.push({ field: 'organizationName', message: organization.problem });
      else if (!organization && !emails[i])
        problems.push({
          field: 'organizationName',
          message: "needs an organization or a person's email",
        });
      else if (!organization && !contactId)
        problems.push({
          field: 'contactEmail',
          message: 'is not the email of a contact: import the contacts first',
        });
      if (!campaign || problems.length) return { participant: null, problems };
      return organization && 'id' in organization
        ? {
            participant: {
              campaign,
              organizationId: organization.id,
              contactId: null,
              label: organization.label,
            },
            problems,
          }
        : {
            participant: {
              campaign,
              organizationId: null,
              contactId: contactId ?? null,
              label: textOf(row.values, 'contactEmail') ?? '',
            },
            problems,
          };
    });
  }

  async write(
    manager: EntityManager,
    creates: WriteItem<ParticipationPlan>[],
    updates: WriteItem<ParticipationPlan>[],
  ): Promise<WriteResult[]> {
    const ids = creates.map(() => randomUUID());
    const inserted = await this.writer.insertParticipations(
      manager,
      creates.map((c, i) => ({
        id: ids[i],
        campaign_id: c.plan.campaignId,
        organization_id: c.plan.organizationId,
        contact_id: c.plan.contactId,
        role: c.plan.role,
      })),
    );
    return [
      ...creates.map((c, i): WriteResult =>
        inserted.has(ids[i])
          ? { rowNumber: c.rowNumber, outcome: 'created', recordId: ids[i] }
          : {
              rowNumber: c.rowNumber,
              outcome: 'failed',
              recordId: null,
              problems: [{ field: 'role', message: 'this participation was added meanwhile' }],
            },
      ),
      ...updates.map((u): WriteResult => ({
        rowNumber: u.rowNumber,
        outcome: 'skipped',
        recordId: null,
      })),
    ];
  }
}
