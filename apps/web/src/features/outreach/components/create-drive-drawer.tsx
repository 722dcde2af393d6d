import { App, Form } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { FormDrawer } from '@/components/form-drawer';
import { formatCount } from '@/lib/format';
import { paths } from '@/lib/paths';
import { useCreateDrive } from '../api/use-create-drive';
import { DriveForm } from './drive-form';
import { showApiErrorOnForm } from './drive-form-errors';
import { createDriveForm, type DriveFormValues, newDriveValues } from './drive-form-model';

interface CreateDriveDrawerProps {
  /** The segment to start from, when the person came from a segment's page. */
  segmentId?: string;
  open: boolean;
  onClose: () => void;
}

/** Starts a drive from a segment (optionally splitting its targets), then opens its page. */
export function CreateDriveDrawer({ segmentId, open, onClose }: CreateDriveDrawerProps) {
  const [form] = Form.useForm<DriveFormValues>();
  const [initialValues] = useState(() => newDriveValues(segmentId));
  const [problem, setProblem] = useState<string>();
  const create = useCreateDrive();
  const navigate = useNavigate();
  const { message } = App.useApp();

  const submit = (values: DriveFormValues) => {
    const parsed = createDriveForm.parse(values);
    if (!parsed.success) return form.setFields(parsed.errors);
    setProblem(undefined);
    create.mutate(parsed.data, {
      onSuccess: (drive) => {
        const targets = formatCount(drive.progress.targets, 'target');
        void message.success(`${drive.name} was created with ${targets}.`);
        // Only navigate: closing first would also rewrite the list's `?new=1` address, and that
        // navigation could land after this one, back on the list with the drawer open.
        void navigate(paths.outreachDrive(drive.id));
      },
      onError: (error) => setProblem(showApiErrorOnForm(form, createDriveForm, error)),
    });
  };

  return (
    <FormDrawer
      title="New outreach drive"
      open={open}
      onClose={onClose}
      submitLabel="Create drive"
      onSubmit={() => form.submit()}
      saving={create.isPending}
      problemTitle="The drive was not created"
      problem={problem}
    >
      <DriveForm
        form={form}
        zodForm={createDriveForm}
        initialValues={initialValues}
        onSubmit={submit}
        disabled={create.isPending}
      />
    </FormDrawer>
  );
}
