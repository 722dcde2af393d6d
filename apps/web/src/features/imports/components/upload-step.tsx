import {
  IMPORT_KIND_LABELS,
  IMPORT_KINDS,
  type ImportDetail,
  type ImportKind,
} from '@coalition/contracts';
import { InboxOutlined } from '@ant-design/icons';
import { Alert, Card, Flex, Radio, Spin, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useUploadImport } from '../api/use-import-writes';

// By extension: browsers give CSV files different MIME types (text/csv, application/vnd.ms-excel).
const ACCEPTED = '.csv,.xlsx';

interface UploadStepProps {
  onUploaded: (detail: ImportDetail) => void;
}

/** What the file holds, then the file: the API reads it and guesses its columns. */
export function UploadStep({ onUploaded }: UploadStepProps) {
  const [kind, setKind] = useState<ImportKind>();
  const upload = useUploadImport();

  // antd's own upload is turned off (false): the file goes through the API client, with the
  // session's CSRF token, like every other write.
  const send = (file: File): false => {
    if (kind) upload.mutate({ kind, file }, { onSuccess: onUploaded });
    return false;
  };

  return (
    <Card title="Upload a spreadsheet">
      <Flex vertical gap="large">
        <Flex vertical gap={4}>
          <Typography.Text id="import-kind-label" strong>
            What does the file hold?
          </Typography.Text>
          <Radio.Group
            aria-labelledby="import-kind-label"
            orientation="vertical"
            value={kind}
            onChange={(e) => setKind(e.target.value as ImportKind)}
            options={IMPORT_KINDS.map((k) => ({ value: k, label: IMPORT_KIND_LABELS[k] }))}
          />
        </Flex>
        <Spin spinning={upload.isPending} description="Reading the file…">
          <Upload.Dragger
            accept={ACCEPTED}
            multiple={false}
            showUploadList={false}
            disabled={!kind || upload.isPending}
            beforeUpload={send}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">
              {kind
                ? 'Drop a CSV or Excel (XLSX) file here, or click to choose one'
                : 'First choose what the file holds'}
            </p>
            <p className="ant-upload-hint">
              Any delimiter and encoding; the first row must hold the column headers.
            </p>
          </Upload.Dragger>
        </Spin>
        {upload.error && (
          <Alert
            type="error"
            showIcon
            title="Could not read the file"
            description={upload.error.message}
          />
        )}
      </Flex>
    </Card>
  );
}
