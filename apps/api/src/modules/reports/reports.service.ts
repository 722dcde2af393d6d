import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  DEFAULT_ENGAGEMENT_SETTINGS,
  type EngagementBreakdown,
  type EngagementRecomputeResult,
  type EngagementSettings,
  type EngagementSubjectType,
  engagementSettingsSchema,
} from '@coalition/contracts';
import { diffChanges } from '../audit/audit-diff';
import { AuditService } from '../audit/audit.service';
import { SettingsService } from '../settings/settings.service';
import { engagementSubjectNotFound } from './reports.errors';
import { toEngagementBreakdown } from './reports.mapper';
import { ReportsRepository } from './reports.repository';

const SETTINGS_KEY = 'reports.engagement';

/** Engagement scores (docs/engagement.md): settings, recomputing, and one subject's breakdown. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly repository: ReportsRepository,
    private readonly settingsService: SettingsService,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  engagementSettings(manager?: EntityManager): Promise<EngagementSettings> {
    return this.settingsService.read(SETTINGS_KEY, engagementSettingsSchema, DEFAULT_ENGAGEMENT_SETTINGS, manager);
  }

  /** Saves the settings, audited, and rescores everyone in the same transaction. */
  updateEngagementSettings(input: EngagementSettings): Promise<EngagementSettings> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.engagementSettings(manager);
      await this.settingsService.write(manager, SETTINGS_KEY, input);
      await this.audit.record(manager, {
        action: 'update',
        entityType: 'settings',
        entityId: SETTINGS_KEY,
        changes: diffChanges(before, input),
      });
      await this.recomputeIn(manager, input);
      return input;
    });
  }

  /**
   * Rescores every current organization and contact: one statement per subject type, in one
   * transaction. Derived data only, so not audited (like the segments' daily counts).
   */
  recompute(): Promise<EngagementRecomputeResult> {
    return this.dataSource.transaction(async (manager) =>
      this.recomputeIn(manager, await this.engagementSettings(manager)),
    );
  }

  /** The subject's score, explained; scored now when it was made since the last recompute. */
  async breakdown(type: EngagementSubjectType, id: string): Promise<EngagementBreakdown> {
    const stored = await this.repository.find(type, id);
    if (stored) return toEngagementBreakdown(type, stored);
    if (!(await this.repository.isCurrent(type, id))) throw engagementSubjectNotFound(type, id);
    const row = await this.dataSource.transaction(async (manager) => {
      const settings = await this.engagementSettings(manager);
      await this.repository.recompute(manager, type, settings, await this.repository.now(manager), id);
      return this.repository.find(type, id, manager);
    });
    if (!row) throw engagementSubjectNotFound(type, id);
    return toEngagementBreakdown(type, row);
  }

  /** An erased person leaves no score behind, not even until the next recompute. */
  forget(manager: EntityManager, type: EngagementSubjectType, id: string): Promise<void> {
    return this.repository.forget(manager, type, id);
  }

  private async recomputeIn(manager: EntityManager, settings: EngagementSettings): Promise<EngagementRecomputeResult> {
    const computedAt = await this.repository.now(manager);
    const organizations = await this.repository.recompute(manager, 'organization', settings, computedAt);
    const contacts = await this.repository.recompute(manager, 'contact', settings, computedAt);
    return { organizations, contacts, computedAt: computedAt.toISOString() };
  }
}
