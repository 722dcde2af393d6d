import { Body, Controller, Delete, HttpCode, Param, Patch, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Participant } from '@coalition/contracts';
import {
  CampaignIdParamsDto,
  CreateParticipationDto,
  ParticipantDto,
  ParticipationParamsDto,
  UpdateParticipationDto,
} from './campaigns.dto';
import { ParticipationsService } from './participations.service';
import { RequirePermission } from '../auth/permissions.decorator';

@ApiTags('campaigns')
@Controller('campaigns')
export class ParticipationsController {
  constructor(private readonly participations: ParticipationsService) {}

  @Post(':id/participants')
  @RequirePermission('campaigns.write')
  @ApiCreatedResponse({ type: ParticipantDto.Output })
  @ApiNotFoundResponse({ description: 'No campaign, or no organization, has this id' })
  @ApiConflictResponse({
    description: 'The organization or contact already takes part with this role',
  })
  add(
    @Param() params: CampaignIdParamsDto,
    @Body() body: CreateParticipationDto,
  ): Promise<Participant> {
    return this.participations.add(params.id, body);
  }

  @Patch(':id/participants/:participationId')
  @RequirePermission('campaigns.write')
  @ApiOkResponse({ type: ParticipantDto.Output })
  @ApiNotFoundResponse({ description: 'No such participation in this campaign' })
  @ApiConflictResponse({ description: 'The participant already has this role' })
  update(
    @Param() params: ParticipationParamsDto,
    @Body() body: UpdateParticipationDto,
  ): Promise<Participant> {
    return this.participations.update(params.id, params.participationId, body);
  }

  @Delete(':id/participants/:participationId')
  @RequirePermission('campaigns.write')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The participant no longer takes part' })
  @ApiConflictResponse({ description: 'The participant has contributions toward the goals' })
  remove(@Param() params: ParticipationParamsDto): Promise<void> {
    return this.participations.remove(params.id, params.participationId);
  }
}
