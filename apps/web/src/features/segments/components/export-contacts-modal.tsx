import {
  DEFAULT_SEGMENT_EXPORT_COLUMNS,
  SEGMENT_EXPORT_COLUMN_LABELS,
  SEGMENT_EXPORT_COLUMNS,
  SEGMENT_EXPORT_PURPOSE_LABELS,
  SEGMENT_EXPORT_PURPOSES,
  type SegmentExportColumn,
  type SegmentExportFormat,
  type SegmentExportPurpose,
} from '@coalition/contracts';
import { DownloadOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Modal, Radio, Typography } from 'antd';
import { useState } from 'react';
import { segmentExportUrl } from '../api/segment-export-url';

interface ExportContactsModalProps {
  segmentId: string;
  segmentName: string;
  open: boolean;
  onClose: () => void;
}

const FIELDSET_STYLE = { border: 0, margin: 0, padding: 0 };
const LEGEND_STYLE = { fontSize: 'inherit', marginBottom: 4 };

const FORMAT_OPTIONS: { value: SegmentExportFormat; label: string }[] = [
  { value: 'csv', label: 'CSV' },
  { value: 'xlsx', label: 'Excel (XLSX)' },
];

/** In the file's own order, whatever order they were ticked in. */
const inFileOrder = (columns: SegmentExportColumn[]): SegmentExportColumn[] =>
  SEGMENT_EXPORT_COLUMNS.filter((column) => columns.includes(column));

/**
 * Downloads the segment's contacts, one row per person: for what purpose (which keeps only the
 * people who consented to that channel), which columns, which format. The download is a plain
 * link, so the browser streams the file, and the API records it in the audit trail.
 */
export function ExportContactsModal({
  segmentId,
  segmentName,
  open,
  onClose,
}: ExportContactsModalProps) {
  const [purpose, setPurpose] = useState<SegmentExportPurpose>('all');
  const [columns, setColumns] = useState<SegmentExportColumn[]>([
    ...DEFAULT_SEGMENT_EXPORT_COLUMNS,
  ]);
  const [format, setFormat] = useState<SegmentExportFormat>('csv');
  const href = segmentExportUrl(segmentId, { purpose, columns: inFileOrder(columns), format });
  const none = columns.length === 0;

  return (
    <Modal
      title={`Export the contacts of ${segmentName}`}
      open={open}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Flex justify="end" gap="small">
          <Button onClick={onClose}>Cancel</Button>
          {none ? (
            <Button type="primary" icon={<DownloadOutlined />} disabled>
              Download
            </Button>
          ) : (
            <Button
              type="primary"
              icon={<DownloadOutlined />}
              href={href}
              download
              onClick={onClose}
            >
              Download
            </Button>
          )}
        </Flex>
      }
    >
      <Flex vertical gap="middle">
        <fieldset style={FIELDSET_STYLE}>
          <legend style={LEGEND_STYLE}>
            <Typography.Text strong>What the list is for</Typography.Text>
          </legend>
          <Radio.Group
            value={purpose}
            onChange={(e) => setPurpose(e.target.value as SegmentExportPurpose)}
            options={SEGMENT_EXPORT_PURPOSES.map((value) => ({
              value,
              label: SEGMENT_EXPORT_PURPOSE_LABELS[value],
            }))}
            style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
          />
        </fieldset>
        <fieldset style={FIELDSET_STYLE}>
          <legend style={LEGEND_STYLE}>
            <Typography.Text strong>Columns</Typography.Text>
          </legend>
          <Checkbox.Group<SegmentExportColumn>
            value={columns}
            onChange={setColumns}
            options={SEGMENT_EXPORT_COLUMNS.map((value) => ({
              value,
              label: SEGMENT_EXPORT_COLUMN_LABELS[value],
            }))}
            style={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: 4 }}
          />
          {none && <Typography.Text type="danger">Choose at least one column.</Typography.Text>}
        </fieldset>
        <fieldset style={FIELDSET_STYLE}>
          <legend style={LEGEND_STYLE}>
            <Typography.Text strong>Format</Typography.Text>
          </legend>
          <Radio.Group
            value={format}
            onChange={(e) => setFormat(e.target.value as SegmentExportFormat)}
            options={FORMAT_OPTIONS}
          />
        </fieldset>
        <Typography.Text type="secondary">
          Exports are recorded in the audit trail. Keep the file safe and delete it when done.
        </Typography.Text>
      </Flex>
    </Modal>
  );
}
