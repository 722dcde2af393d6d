import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { ListResponse, OrganizationContact } from '@coalition/contracts';
import {
  ContactIdParamsDto,
  OrganizationContactListResponseDto,
  OrganizationContactsQueryDto,
} from './contacts.dto';
import { ContactsService } from './contacts.service';
import { RequirePermission } from '../auth/permissions.decorator';

/** The people of one member organization; lives with contacts, which own affiliations. */
@ApiTags('organizations')
@Controller('organizations/:id/contacts')
export class OrganizationContactsController {
  constructor(private readonly contacts: ContactsService) {}

  @Get()
  @RequirePermission('members.read')
  @ApiOkResponse({
    type: OrganizationContactListResponseDto.Output,
    description: 'One page of the organization’s people',
  })
  @ApiNotFoundResponse({ description: 'No organization has this id' })
  list(
    @Param() params: ContactIdParamsDto,
    @Query() query: OrganizationContactsQueryDto,
  ): Promise<ListResponse<OrganizationContact>> {
    return this.contacts.listForOrganization(params.id, query);
  }
}
