import { Alert, Button } from 'antd';
import type { ReactNode } from 'react';
import type { RecordEdit } from '@/lib/use-record-edit';
import { FormDrawer } from './form-drawer';

interface EditDrawerProps {
  /** The record in the person's words, lower case: 'organization'. */
  noun: string;
  title: string;
  open: boolean;
  onClose: () => void;
  /** Submits the form inside, whose onFinish is the edit's `submit`. */
  onSubmit: () => void;
  edit: RecordEdit;
  children: ReactNode;
}

/** The drawer around an edit form, with the "someone else changed this" warning. */
export function EditDrawer({ noun, edit, ...drawer }: EditDrawerProps) {
  return (
    <FormDrawer
      {...drawer}
      submitLabel="Save changes"
      saving={edit.saving}
      problemTitle="The changes were not saved"
      problem={edit.problem}
      notice={
        edit.conflict && (
          <Alert
            type="warning"
            showIcon
            title={`Someone else changed this ${noun}`}
            description="They saved while you were editing, so your changes were not saved. Load the latest version, then make your changes again."
            action={
              <Button size="small" onClick={edit.loadLatest}>
                Load latest
              </Button>
            }
          />
        )
      }
    />
  );
}
