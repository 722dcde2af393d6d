import { Body, Controller, Delete, HttpCode, Param, Patch, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { AffiliationDetail } from '@coalition/contracts';
import { AffiliationsService } from './affiliations.service';
import {
  AffiliationDetailDto,
  AffiliationParamsDto,
  ContactIdParamsDto,
  CreateAffiliationDto,
  UpdateAffiliationDto,
} from './contacts.dto';
import { RequirePermission } from '../auth/permissions.decorator';

@ApiTags('contacts')
@Controller('contacts/:id/affiliations')
export class AffiliationsController {
  constructor(private readonly affiliations: AffiliationsService) {}

  @Post()
  @RequirePermission('contacts.write')
  @ApiCreatedResponse({ type: AffiliationDetailDto.Output })
  @ApiNotFoundResponse({ description: 'No contact has this id' })
  @ApiConflictResponse({ description: 'The contact already holds this role at this organization' })
  @ApiUnprocessableEntityResponse({ description: 'No organization has this organizationId' })
  add(
    @Param() params: ContactIdParamsDto,
    @Body() body: CreateAffiliationDto,
  ): Promise<AffiliationDetail> {
    return this.affiliations.add(params.id, body);
  }

  @Patch(':affiliationId')
  @RequirePermission('contacts.write')
  @ApiOkResponse({
    type: AffiliationDetailDto.Output,
    description: 'Ending an affiliation is setting endedOn',
  })
  @ApiNotFoundResponse({ description: 'The contact has no affiliation with this id' })
  @ApiConflictResponse({
    description: 'Stale version (with the current affiliation), or a duplicate role',
  })
  update(
    @Param() params: AffiliationParamsDto,
    @Body() body: UpdateAffiliationDto,
  ): Promise<AffiliationDetail> {
    return this.affiliations.update(params.id, params.affiliationId, body);
  }

  @Delete(':affiliationId')
  @RequirePermission('contacts.write')
  @HttpCode(204)
  @ApiNoContentResponse({
    description: 'Removed (for mistakes; end a real one with PATCH endedOn)',
  })
  @ApiNotFoundResponse({ description: 'The contact has no affiliation with this id' })
  remove(@Param() params: AffiliationParamsDto): Promise<void> {
    return this.affiliations.remove(params.id, params.affiliationId);
  }
}
