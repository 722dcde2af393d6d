import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { BillDetail, BillSummary, ListResponse } from '@coalition/contracts';
import {
  BillDetailDto,
  BillIdParamsDto,
  BillListQueryDto,
  BillListResponseDto,
  CreateBillDto,
  UpdateBillDto,
} from './issues.dto';
import { BillsService } from './bills.service';
import { RequirePermission } from '../auth/permissions.decorator';

@ApiTags('bills')
@Controller('bills')
export class BillsController {
  constructor(private readonly bills: BillsService) {}

  @Get()
  @RequirePermission('members.read')
  @ApiOkResponse({ type: BillListResponseDto.Output, description: 'One page of bills' })
  list(@Query() query: BillListQueryDto): Promise<ListResponse<BillSummary>> {
    return this.bills.list(query);
  }

  @Get(':id')
  @RequirePermission('members.read')
  @ApiOkResponse({ type: BillDetailDto.Output })
  @ApiNotFoundResponse({ description: 'No bill has this id' })
  get(@Param() params: BillIdParamsDto): Promise<BillDetail> {
    return this.bills.get(params.id);
  }

  @Post()
  @RequirePermission('issues.write')
  @ApiCreatedResponse({ type: BillDetailDto.Output })
  @ApiNotFoundResponse({ description: 'No issue has the issueId sent' })
  @ApiConflictResponse({ description: 'This bill number already exists in the session' })
  create(@Body() body: CreateBillDto): Promise<BillDetail> {
    return this.bills.create(body);
  }

  @Patch(':id')
  @RequirePermission('issues.write')
  @ApiOkResponse({ type: BillDetailDto.Output })
  @ApiConflictResponse({
    description: 'Stale version (the body carries the current record) or duplicate number',
  })
  update(@Param() params: BillIdParamsDto, @Body() body: UpdateBillDto): Promise<BillDetail> {
    return this.bills.update(params.id, body);
  }
}
