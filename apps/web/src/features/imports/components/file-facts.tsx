import { IMPORT_KIND_LABELS, type ImportDetail } from '@coalition/contracts';
import { Descriptions, type DescriptionsProps } from 'antd';

const DELIMITER_NAMES: Record<string, string> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'vertical bar',
  ' ': 'space',
};

const ENCODING_NAMES: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
  'windows-1252': 'Windows-1252 (Western)',
};

export function delimiterName(delimiter: string): string {
  return DELIMITER_NAMES[delimiter] ?? `"${delimiter}"`;
}

/** What the API detected in the file, so a wrongly read file is noticed before mapping it. */
export function FileFacts({ detail }: { detail: ImportDetail }) {
  const items: DescriptionsProps['items'] = [
    { key: 'file', label: 'File', children: detail.fileName },
    { key: 'kind', label: 'Holds', children: IMPORT_KIND_LABELS[detail.kind] },
    { key: 'format', label: 'Format', children: detail.format === 'xlsx' ? 'Excel (XLSX)' : 'CSV' },
    ...(detail.encoding
      ? [
          {
            key: 'encoding',
            label: 'Encoding',
            children: ENCODING_NAMES[detail.encoding] ?? detail.encoding,
          },
        ]
      : []),
    ...(detail.delimiter
      ? [{ key: 'delimiter', label: 'Delimiter', children: delimiterName(detail.delimiter) }]
      : []),
    { key: 'rows', label: 'Rows', children: detail.rowCount.toLocaleString('en-US') },
  ];
  return <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} items={items} />;
}
