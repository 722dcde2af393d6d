import type { ImportDetail } from '@coalition/contracts';
import { Flex, Skeleton } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { LoadErrorAlert } from '@/components/load-error-alert';
import { useImport } from '../api/use-import';
import { FileFacts } from '../components/file-facts';
import { ImportWizardFrame, type WizardStep } from '../components/import-wizard-frame';
import { MappingStep } from '../components/mapping-step';
import { PreviewStep } from '../components/preview-step';
import { ProgressStep } from '../components/progress-step';

/** The step follows the import's status, so a reload or a link opens where the import stands. */
function stepOf(detail: ImportDetail, remapping: boolean): WizardStep {
  switch (detail.status) {
    case 'uploaded':
      return 'mapping';
    case 'previewed':
      return remapping ? 'mapping' : 'preview';
    case 'queued':
    case 'running':
    case 'done':
    case 'failed':
      return 'progress';
  }
}

function ImportSteps({ detail }: { detail: ImportDetail }) {
  // Back from the preview to the mapping: the import stays previewed until the next preview.
  const [remapping, setRemapping] = useState(false);
  const step = stepOf(detail, remapping);
  return (
    <ImportWizardFrame title={`Import of ${detail.fileName}`} step={step}>
      <FileFacts detail={detail} />
      {step === 'mapping' && (
        <MappingStep detail={detail} onPreviewed={() => setRemapping(false)} />
      )}
      {step === 'preview' && (
        <PreviewStep detail={detail} onBackToMapping={() => setRemapping(true)} />
      )}
      {step === 'progress' && <ProgressStep detail={detail} />}
    </ImportWizardFrame>
  );
}

/** One import, from its mapping to its summary. */
export function ImportPage() {
  const { importId = '' } = useParams();
  const { data, error, refetch } = useImport(importId);
  if (error) {
    return (
      <LoadErrorAlert
        title="Could not load the import"
        error={error}
        onRetry={() => void refetch()}
      />
    );
  }
  if (!data) {
    return (
      <Flex vertical>
        <Skeleton active />
      </Flex>
    );
  }
  return <ImportSteps key={data.id} detail={data} />;
}
