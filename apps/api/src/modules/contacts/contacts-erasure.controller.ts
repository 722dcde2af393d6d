import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { eraseContactSchema, idParamSchema } from '@coalition/contracts';
import { RequirePermission } from '../auth/permissions.decorator';
import { ContactsErasureService, type ErasureResult } from './contacts-erasure.service';

class EraseContactDto extends createZodDto(eraseContactSchema) {}
class ContactIdDto extends createZodDto(idParamSchema) {}

@ApiTags('contacts')
@Controller('contacts')
export class ContactsErasureController {
  constructor(private readonly erasure: ContactsErasureService) {}

  @Post(':id/erase')
  @RequirePermission('contacts.erase')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The person is erased; earlier audit events about them are blanked' })
  erase(@Param() params: ContactIdDto, @Body() body: EraseContactDto): Promise<ErasureResult> {
    return this.erasure.erase(params.id, body);
  }
}
