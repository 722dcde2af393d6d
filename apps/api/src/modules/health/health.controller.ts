import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { type HealthResponse, healthResponseSchema } from '@coalition/contracts';
import type { DatabaseConnection } from '../../database/database-connection';
import { DATABASE } from '../../database/database.module';
import { Public } from '../auth/permissions.decorator';

class HealthResponseDto extends createZodDto(healthResponseSchema) {}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(@Inject(DATABASE) private readonly database: DatabaseConnection) {}

  /** Answers only when the database answers, so a load balancer can trust it. */
  @Get()
  @Public()
  @ApiOkResponse({ type: HealthResponseDto.Output })
  async check(): Promise<HealthResponse> {
    await this.database.dataSource.query('SELECT 1');
    return { status: 'ok', database: this.database.kind };
  }
}
