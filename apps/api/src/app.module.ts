import { randomUUID } from 'node:crypto';
import { type DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { ApiExceptionFilter } from './common/api-exception.filter';
import { RequestValidationPipe } from './common/request-validation';
import type { AppConfig } from './config/app-config';
import type { DatabaseConnection } from './database/database-connection';
import { DatabaseModule } from './database/database.module';
import { ContactDetailsInterceptor } from './common/contact-details.interceptor';
import { ConfigModule } from './config/config.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { ContactsModule } from './modules/contacts/contacts.module';
import { CampaignsModule } from './modules/campaigns/campaigns.module';
import { HealthModule } from './modules/health/health.module';
import { IssuesModule } from './modules/issues/issues.module';
import { OrganizationListModule } from './modules/organizations/organization-list.module';
import { OrganizationsModule } from './modules/organizations/organizations.module';
import { SearchModule } from './modules/search/search.module';
import { SegmentsModule } from './modules/segments/segments.module';
import { OutreachModule } from './modules/outreach/outreach.module';
import { MeetingsModule } from './modules/meetings/meetings.module';
import { ReportsModule } from './modules/reports/reports.module';
import { ImportsModule } from './modules/imports/imports.module';
import { FullExportModule } from './modules/full-export/full-export.module';

const REQUEST_ID = /^[\w.-]{1,100}$/;

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, database: DatabaseConnection): DynamicModule {
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot({
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: {
            level: config.logLevel,
            // Reuse a caller's request id (from a proxy) when it is sane, else mint one.
            genReqId: (req, res) => {
              const incoming = req.headers['x-request-id'];
              const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
              res.setHeader('x-request-id', id);
              return id;
            },
            redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
            autoLogging: { ignore: (req) => !req.url?.startsWith('/api') },
          },
        }),
        ConfigModule.forConfig(config),
        DatabaseModule.forConnection(database),
        AuditModule,
        AuthModule,
        HealthModule,
        // Before OrganizationsModule, so GET /organizations/export is routed ahead of /organizations/:id.
        OrganizationListModule,
        OrganizationsModule,
        ContactsModule,
        IssuesModule,
        CampaignsModule,
        SearchModule,
        SegmentsModule,
        OutreachModule,
        MeetingsModule,
        ReportsModule,
        ImportsModule,
        FullExportModule,
      ],
      providers: [
        { provide: APP_PIPE, useClass: RequestValidationPipe },
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
        { provide: APP_INTERCEPTOR, useClass: ContactDetailsInterceptor },
      ],
    };
  }
}
