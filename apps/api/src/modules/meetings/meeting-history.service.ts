import { Injectable } from '@nestjs/common';
import type { MeetingHistoryQuery, MeetingHistoryResponse } from '@coalition/contracts';
import { ContactsService } from '../contacts/contacts.service';
import { OrganizationsService } from '../organizations/organizations.service';
import { MeetingHistoryRepository } from './meeting-history.repository';
import { toHistoryItem } from './meetings.mapper';

const rate = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 1000 : null);

/** A person's or an organization's meetings, and how regularly they come (docs/meetings.md). */
@Injectable()
export class MeetingHistoryService {
  constructor(
    private readonly history: MeetingHistoryRepository,
    private readonly contacts: ContactsService,
    private readonly organizations: OrganizationsService,
  ) {}

  async find(query: MeetingHistoryQuery, now = new Date()): Promise<MeetingHistoryResponse> {
    const { page, pageSize } = query;
    const offset = (page - 1) * pageSize;
    if (query.contactId) {
      await this.contacts.get(query.contactId); // 404 for an unknown person
      const rows = await this.history.forContact(query.contactId, pageSize, offset);
      const totals = await this.history.contactTotals(query.contactId);
      return {
        items: rows.map(toHistoryItem),
        total: totals.total,
        page,
        pageSize,
        attendanceRate: rate(totals.attended, totals.total),
        trainingsCompleted: totals.trainingsCompleted,
      };
    }
    const organizationId = query.organizationId as string;
    await this.organizations.get(organizationId); // 404 for an unknown organization
    const rows = await this.history.forOrganization(organizationId, pageSize, offset);
    const totals = await this.history.organizationTotals(organizationId, now);
    return {
      items: rows.map(toHistoryItem),
      total: totals.total,
      page,
      pageSize,
      attendanceRate: rate(totals.assembliesAttended, totals.assembliesHeld),
      trainingsCompleted: totals.trainingsCompleted,
    };
  }
}
