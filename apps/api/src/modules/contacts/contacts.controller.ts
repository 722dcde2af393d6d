import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { ContactDetail, ContactSummary, ListResponse } from '@coalition/contracts';
import {
  ContactDetailDto,
  ContactIdParamsDto,
  ContactListQueryDto,
  ContactListResponseDto,
  ContactVersionedActionDto,
  CreateContactDto,
  UpdateContactDto,
} from './contacts.dto';
import { ContactsService } from './contacts.service';
import { RequirePermission } from '../auth/permissions.decorator';

@ApiTags('contacts')
@Controller('contacts')
export class ContactsController {
  constructor(private readonly contacts: ContactsService) {}

  @Get()
  @RequirePermission('members.read')
  @ApiOkResponse({
    type: ContactListResponseDto.Output,
    description: 'One page of contacts (people)',
  })
  list(@Query() query: ContactListQueryDto): Promise<ListResponse<ContactSummary>> {
    return this.contacts.list(query);
  }

  @Get(':id')
  @RequirePermission('members.read')
  @ApiOkResponse({
    type: ContactDetailDto.Output,
    description: 'Emails, phones, consent and affiliations included',
  })
  @ApiNotFoundResponse({ description: 'No contact has this id' })
  get(@Param() params: ContactIdParamsDto): Promise<ContactDetail> {
    return this.contacts.get(params.id);
  }

  @Post()
  @RequirePermission('contacts.write')
  @ApiCreatedResponse({ type: ContactDetailDto.Output })
  @ApiBadRequestResponse({
    description: 'A field is invalid, unknown, or two emails/phones are both primary',
  })
  @ApiConflictResponse({ description: 'The same role at the same organization is listed twice' })
  @ApiUnprocessableEntityResponse({ description: 'An affiliation names an unknown organization' })
  create(@Body() body: CreateContactDto): Promise<ContactDetail> {
    return this.contacts.create(body);
  }

  @Patch(':id')
  @RequirePermission('contacts.write')
  @ApiOkResponse({ type: ContactDetailDto.Output })
  @ApiNotFoundResponse({ description: 'No contact has this id' })
  @ApiConflictResponse({ description: 'Stale version; the body carries the current record' })
  update(
    @Param() params: ContactIdParamsDto,
    @Body() body: UpdateContactDto,
  ): Promise<ContactDetail> {
    return this.contacts.update(params.id, body);
  }

  @Post(':id/archive')
  @RequirePermission('contacts.write')
  @HttpCode(200)
  @ApiOkResponse({ type: ContactDetailDto.Output })
  @ApiConflictResponse({ description: 'Stale version; the body carries the current record' })
  archive(
    @Param() params: ContactIdParamsDto,
    @Body() body: ContactVersionedActionDto,
  ): Promise<ContactDetail> {
    return this.contacts.setArchived(params.id, body.version, true);
  }

  @Post(':id/restore')
  @RequirePermission('contacts.write')
  @HttpCode(200)
  @ApiOkResponse({ type: ContactDetailDto.Output })
  @ApiConflictResponse({ description: 'Stale version; the body carries the current record' })
  restore(
    @Param() params: ContactIdParamsDto,
    @Body() body: ContactVersionedActionDto,
  ): Promise<ContactDetail> {
    return this.contacts.setArchived(params.id, body.version, false);
  }
}
