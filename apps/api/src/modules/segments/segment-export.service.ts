import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import type { SegmentEmailsResponse, SegmentExportQuery } from '@coalition/contracts';
import { exportFileName, streamCsv } from '../../common/csv-export';
import { currentActorCan } from '../../common/request-context';
import { streamXlsx } from '../../common/xlsx-export';
import { AuditService } from '../audit/audit.service';
import { chosenColumns, exportColumns, type SegmentExportRow } from './segment-export.columns';
import { SegmentExportRepository, type SelectedContact } from './segment-export.repository';
import { SegmentsService } from './segments.service';

/** "Worcester Spanish speakers (Cover All Kids)" → "worcester-spanish-speakers-cover-all-kids". */
export function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/**
 * A segment's contacts as a file, or its email addresses for a BCC field. Both are exports of
 * member data: each is audited (segment, filter, purpose, format, row count) before any row
 * leaves, as the organization export is.
 */
@Injectable()
export class SegmentExportService {
  /** Contacts per query while streaming; small enough that memory stays flat. */
  batchSize = 2000;

  constructor(
    private readonly segments: SegmentsService,
    private readonly repository: SegmentExportRepository,
    private readonly audit: AuditService,
  ) {}

  /** One row per contact the segment selects now and suited to the purpose, by last then first name. */
  async export(id: string, query: SegmentExportQuery, res: Response): Promise<void> {
    const segment = await this.segments.visible(id);
    const columns = chosenColumns(query.columns);
    const selected = await this.repository.selected(segment.filter, query.purpose);
    await this.audit.recordAlone({
      action: 'export',
      entityType: 'segment',
      entityId: segment.id,
      details: { format: query.format, purpose: query.purpose, columns, filter: segment.filter, rows: selected.length },
    });
    const slug = slugOf(segment.name);
    const fileName = exportFileName(slug ? `segment-${slug}` : 'segment', new Date(), query.format);
    const cells = exportColumns(columns, { contactDetails: currentActorCan('contacts.details') });
    const batches = this.batches(selected);
    if (query.format === 'xlsx') await streamXlsx(res, fileName, 'Contacts', cells, batches);
    else await streamCsv(res, fileName, cells, batches);
  }

  /** Distinct primary addresses of the contacts who consented to email, and how many are left out. */
  async emails(id: string): Promise<SegmentEmailsResponse> {
    const segment = await this.segments.visible(id);
    const { contacts, suited } = await this.repository.count(segment.filter, 'email');
    // The response interceptor empties `emails` for roles without contact details; `bcc` too.
    const emails = currentActorCan('contacts.details') ? await this.repository.emails(segment.filter) : [];
    await this.audit.recordAlone({
      action: 'export',
      entityType: 'segment',
      entityId: segment.id,
      details: { format: 'bcc', purpose: 'email', filter: segment.filter, rows: emails.length },
    });
    return { emails, bcc: emails.join(', '), leftOut: contacts - suited };
  }

  /**
   * The contacts in batches, each with their roles at their organizations in the segment. The
   * filter ran once, for `selected` (a few MB for 200,000 contacts); each batch then reads its
   * contacts and their roles by id, so a deep export costs no more per row than a shallow one.
   */
  private async *batches(selected: SelectedContact[]): AsyncGenerator<SegmentExportRow[]> {
    for (let start = 0; start < selected.length; start += this.batchSize) {
      yield await this.repository.rows(selected.slice(start, start + this.batchSize));
    }
  }
}
