import { Body, Controller, Delete, Get, HttpCode, Param, Put } from '@nestjs/common';
import { ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { OrganizationInterest } from '@coalition/contracts';
import {
  InterestParamsDto,
  OrganizationIdParamsForInterestsDto,
  OrganizationInterestDto,
  OrganizationInterestListDto,
  PutInterestDto,
} from './issues.dto';
import { InterestsService } from './interests.service';
import { RequirePermission } from '../auth/permissions.decorator';

/** Interests are reached from the organization: /organizations/:id/interests. */
@ApiTags('interests')
@Controller('organizations')
export class InterestsController {
  constructor(private readonly interests: InterestsService) {}

  @Get(':id/interests')
  @RequirePermission('members.read')
  @ApiOkResponse({
    type: OrganizationInterestListDto.Output,
    description: "The organization's interests, by tier",
  })
  @ApiNotFoundResponse({ description: 'No organization has this id' })
  list(@Param() params: OrganizationIdParamsForInterestsDto): Promise<OrganizationInterest[]> {
    return this.interests.listForOrganization(params.id);
  }

  @Put(':id/interests/:issueId')
  @RequirePermission('organizations.write')
  @ApiOkResponse({
    type: OrganizationInterestDto.Output,
    description: 'The interest as now recorded',
  })
  @ApiNotFoundResponse({
    description: 'No organization or no issue has this id (the message says which)',
  })
  put(
    @Param() params: InterestParamsDto,
    @Body() body: PutInterestDto,
  ): Promise<OrganizationInterest> {
    return this.interests.put(params.id, params.issueId, body);
  }

  @Delete(':id/interests/:issueId')
  @RequirePermission('organizations.write')
  @HttpCode(204)
  @ApiNoContentResponse({
    description: 'The organization no longer declares an interest in the issue',
  })
  @ApiNotFoundResponse({
    description: 'No organization or no issue has this id (the message says which)',
  })
  remove(@Param() params: InterestParamsDto): Promise<void> {
    return this.interests.remove(params.id, params.issueId);
  }
}
