import { useNavigate } from 'react-router';
import { paths } from '@/lib/paths';
import { ImportWizardFrame } from '../components/import-wizard-frame';
import { UploadStep } from '../components/upload-step';

/** The wizard's first step; once the file is read, the import has its own address. */
export function NewImportPage() {
  const navigate = useNavigate();
  return (
    <ImportWizardFrame title="New import" step="upload">
      <UploadStep
        onUploaded={(detail) => void navigate(paths.importDetail(detail.id), { replace: true })}
      />
    </ImportWizardFrame>
  );
}
