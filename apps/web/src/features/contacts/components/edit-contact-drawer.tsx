import type { ContactDetail } from '@coalition/contracts';
import { Form } from 'antd';
import { useState } from 'react';
import { EditDrawer } from '@/components/edit-drawer';
import { useRecordEdit } from '@/lib/use-record-edit';
import { versionConflictCurrent } from '../api/contact-version-conflict';
import { useUpdateContact } from '../api/use-update-contact';
import { ContactForm } from './contact-form';
import {
  contactChanges,
  type ContactFormValues,
  hasChanges,
  toContactFormValues,
} from './contact-form-model';
import { asFieldData, showApiErrorOnForm } from './contact-form-validation';

interface EditContactDrawerProps {
  contact: ContactDetail;
  open: boolean;
  onClose: () => void;
}

/** Edits a person, sending only what changed and the version the form was filled from. */
export function EditContactDrawer({ contact, open, onClose }: EditContactDrawerProps) {
  const [form] = Form.useForm<ContactFormValues>();
  const [initialValues] = useState(() => toContactFormValues(contact));
  const edit = useRecordEdit({
    record: contact,
    update: useUpdateContact(),
    changesOf: contactChanges,
    hasChanges,
    conflictOf: versionConflictCurrent,
    showError: (error) => showApiErrorOnForm(form, error),
    refill: (latest) => {
      // Each field set whole (lists included, so rows the latest lacks go), errors cleared.
      const values = toContactFormValues(latest);
      form.setFields(
        asFieldData(
          Object.entries(values).map(([name, value]: [string, unknown]) => ({
            name: [name],
            value,
            errors: [],
          })),
        ),
      );
    },
    nameOf: (saved) => saved.displayName,
    onClose,
  });

  return (
    <EditDrawer
      noun="contact"
      title={`Edit ${edit.base.displayName}`}
      open={open}
      onClose={onClose}
      onSubmit={() => form.submit()}
      edit={edit}
    >
      <ContactForm
        form={form}
        initialValues={initialValues}
        onSubmit={edit.submit}
        disabled={edit.saving}
      />
    </EditDrawer>
  );
}
