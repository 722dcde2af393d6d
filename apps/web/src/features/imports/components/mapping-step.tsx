import type { DateOrder, ImportDetail, ImportMapping, SavedMapping } from '@coalition/contracts';
import { Alert, Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { isApiError } from '@/lib/api-client';
import { useSetImportMapping } from '../api/use-import-writes';
import { DateOrderChoice } from './date-order-choice';
import {
  applySavedMapping,
  type ColumnField,
  mappingErrors,
  mapsADate,
  missingRequired,
} from './mapping-model';
import { MappingTable } from './mapping-table';
import { SavedMappingsBar } from './saved-mappings-bar';

interface MappingStepProps {
  detail: ImportDetail;
  /** Called once the API has classified the rows with the mapping. */
  onPreviewed: () => void;
}

/** Confirm or change which field each column fills; "Preview" classifies the rows. */
export function MappingStep({ detail, onPreviewed }: MappingStepProps) {
  const [columns, setColumns] = useState<ColumnField[]>(() =>
    detail.headers.map((_, i) => detail.mapping.columns[i] ?? null),
  );
  const [dateOrder, setDateOrder] = useState<DateOrder | undefined>(detail.mapping.dateOrder);
  const preview = useSetImportMapping(detail.id);
  const mapping: ImportMapping = { columns, ...(dateOrder ? { dateOrder } : {}) };

  const error = preview.error;
  const errors = mappingErrors(isApiError(error) ? error.body.fields : undefined);
  const missing = missingRequired(detail.kind, columns);

  const change = (index: number, field: ColumnField) => {
    preview.reset(); // the API's messages were about the mapping before this change
    setColumns((current) => current.map((f, i) => (i === index ? field : f)));
  };
  const apply = (saved: SavedMapping) => {
    preview.reset();
    const applied = applySavedMapping(detail.headers, saved);
    setColumns(applied.columns);
    setDateOrder(applied.dateOrder);
  };

  return (
    <Card title="Which field does each column fill?">
      <Flex vertical gap="middle">
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          We guessed from the headers and the values. Check each column, change what is wrong, and
          ignore the columns you do not need. Nothing is written until you run the import.
        </Typography.Paragraph>
        <SavedMappingsBar detail={detail} mapping={mapping} onApply={apply} />
        {missing.length > 0 && (
          <Alert
            type="warning"
            showIcon
            title={`Still to map (required): ${missing.join(', ')}`}
            description="Rows without these fields cannot be imported."
          />
        )}
        {error && (
          <Alert
            type="error"
            showIcon
            title="The mapping needs changes before the preview"
            description={
              errors.general.length > 0 || errors.byColumn.size > 0
                ? errors.general.join(' ') || 'See the columns marked below.'
                : error.message
            }
          />
        )}
        <MappingTable
          detail={detail}
          columns={columns}
          errors={errors.byColumn}
          onChange={change}
        />
        {mapsADate(detail.kind, columns) && (
          <DateOrderChoice value={dateOrder} onChange={setDateOrder} />
        )}
        <Flex justify="end">
          <Button
            type="primary"
            loading={preview.isPending}
            onClick={() => preview.mutate(mapping, { onSuccess: onPreviewed })}
          >
            Preview
          </Button>
        </Flex>
      </Flex>
    </Card>
  );
}
