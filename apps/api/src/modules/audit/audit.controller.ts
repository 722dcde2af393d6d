import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { type AuditEvent, type ListResponse, auditListResponseSchema, auditQuerySchema } from '@coalition/contracts';
import { RequirePermission } from '../auth/permissions.decorator';
import { AuditService } from './audit.service';

class AuditQueryDto extends createZodDto(auditQuerySchema) {}
class AuditListResponseDto extends createZodDto(auditListResponseSchema) {}

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @RequirePermission('audit.read')
  @ApiOkResponse({ type: AuditListResponseDto.Output })
  list(@Query() query: AuditQueryDto): Promise<ListResponse<AuditEvent>> {
    return this.audit.list(query);
  }
}
