import type { SegmentEmailsResponse } from '@coalition/contracts';
import { MailOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Input, Modal, Typography } from 'antd';
import { useId, useState } from 'react';
import { formatCount } from '@/lib/format';
import { useSegmentEmails } from '../api/use-segment-emails';

interface CopyResult {
  emails: SegmentEmailsResponse;
  copied: boolean;
}

/** The clipboard may be refused (an insecure page, a browser setting): the text box remains. */
async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function summary({ emails, copied }: CopyResult): string {
  const leftOut = `${formatCount(emails.leftOut, 'person', 'people')} left out (no email consent or address)`;
  if (emails.emails.length === 0) return `No one here can be emailed: ${leftOut}.`;
  const addresses = formatCount(emails.emails.length, 'address', 'addresses');
  return copied
    ? `Copied ${addresses}; ${leftOut}.`
    : `Could not copy to the clipboard: copy the ${addresses} below. ${leftOut}.`;
}

/**
 * Copies the addresses of the segment's contacts who consented to email, ready for a BCC field,
 * and shows them in a box to copy by hand when the clipboard is refused.
 */
export function CopyEmailsButton({ segmentId }: { segmentId: string }) {
  const emails = useSegmentEmails();
  const [result, setResult] = useState<CopyResult>();
  const [problem, setProblem] = useState<string>();
  const textId = useId();

  const copy = () => {
    setProblem(undefined);
    emails.mutate(segmentId, {
      onSuccess: (answer) => {
        const copying = answer.bcc === '' ? Promise.resolve(false) : copyToClipboard(answer.bcc);
        void copying.then((copied) => setResult({ emails: answer, copied }));
      },
      onError: (error) => setProblem(error.message),
    });
  };

  return (
    <>
      <Button icon={<MailOutlined />} loading={emails.isPending} onClick={copy}>
        Copy emails
      </Button>
      <Modal
        title="Email addresses"
        open={result !== undefined || problem !== undefined}
        onCancel={() => {
          setResult(undefined);
          setProblem(undefined);
        }}
        footer={null}
        destroyOnHidden
      >
        {problem && (
          <Alert type="error" showIcon title="Could not get the addresses" description={problem} />
        )}
        {result && (
          <Flex vertical gap="small">
            <Alert type={result.copied ? 'success' : 'info'} showIcon title={summary(result)} />
            {result.emails.emails.length > 0 && (
              <>
                <Typography.Text type="secondary">
                  <label htmlFor={textId}>
                    For the BCC field, so no one sees the others’ addresses:
                  </label>
                </Typography.Text>
                <Input.TextArea
                  id={textId}
                  readOnly
                  value={result.emails.bcc}
                  autoSize={{ minRows: 3, maxRows: 10 }}
                  onFocus={(e) => e.target.select()}
                />
              </>
            )}
          </Flex>
        )}
      </Modal>
    </>
  );
}
