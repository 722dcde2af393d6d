import type { DriveDetail } from '@coalition/contracts';
import { Form } from 'antd';
import { useState } from 'react';
import { EditDrawer } from '@/components/edit-drawer';
import { useRecordEdit } from '@/lib/use-record-edit';
import { versionConflictCurrent } from '../api/drive-version-conflict';
import { useUpdateDrive } from '../api/use-update-drive';
import { DriveForm } from './drive-form';
import { showApiErrorOnForm } from './drive-form-errors';
import {
  driveChanges,
  type DriveFormValues,
  hasChanges,
  toDriveFormValues,
  updateDriveForm,
} from './drive-form-model';

interface EditDriveDrawerProps {
  drive: DriveDetail;
  open: boolean;
  onClose: () => void;
}

/** Edits a drive, sending only what changed and the version the form was filled from. */
export function EditDriveDrawer({ drive, open, onClose }: EditDriveDrawerProps) {
  const [form] = Form.useForm<DriveFormValues>();
  const [initialValues] = useState(() => toDriveFormValues(drive));
  const edit = useRecordEdit({
    record: drive,
    update: useUpdateDrive(),
    changesOf: driveChanges,
    hasChanges,
    conflictOf: versionConflictCurrent,
    showError: (error) => showApiErrorOnForm(form, updateDriveForm, error),
    refill: (latest) => {
      form.resetFields();
      form.setFieldsValue(toDriveFormValues(latest));
    },
    nameOf: (saved) => saved.name,
    onClose,
  });

  const submit = (values: DriveFormValues) => {
    const parsed = updateDriveForm.parse(values);
    if (parsed.success) edit.submit(values);
    else form.setFields(parsed.errors);
  };

  return (
    <EditDrawer
      noun="drive"
      title={`Edit ${edit.base.name}`}
      open={open}
      onClose={onClose}
      onSubmit={() => form.submit()}
      edit={edit}
    >
      <DriveForm
        form={form}
        zodForm={updateDriveForm}
        initialValues={initialValues}
        onSubmit={submit}
        disabled={edit.saving}
        fixed={{
          segmentName: edit.base.segment?.name ?? 'The segment was removed',
          channel: edit.base.channel,
        }}
      />
    </EditDrawer>
  );
}
