import type { CreateContact } from '@coalition/contracts';
import { App, Form } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { FormDrawer } from '@/components/form-drawer';
import { paths } from '@/lib/paths';
import { useCreateContact } from '../api/use-create-contact';
import { ContactForm } from './contact-form';
import { type ContactFormValues, createBody, newContactValues } from './contact-form-model';
import { showApiErrorOnForm } from './contact-form-validation';

interface CreateContactDrawerProps {
  open: boolean;
  onClose: () => void;
  /** From an organization's "Add a person": the new person's first organization. */
  organizationId?: string;
}

/** Adds a person, then opens their page. */
export function CreateContactDrawer({ open, onClose, organizationId }: CreateContactDrawerProps) {
  const [form] = Form.useForm<ContactFormValues>();
  const [initialValues] = useState(() => newContactValues(organizationId));
  const [problem, setProblem] = useState<string>();
  const create = useCreateContact();
  const navigate = useNavigate();
  const { message } = App.useApp();

  const submit = (data: CreateContact) => {
    setProblem(undefined);
    create.mutate(createBody(data), {
      onSuccess: (contact) => {
        void message.success(`${contact.displayName} was added.`);
        void navigate(paths.contact(contact.id));
      },
      onError: (error) => setProblem(showApiErrorOnForm(form, error)),
    });
  };

  return (
    <FormDrawer
      title="New contact"
      open={open}
      onClose={onClose}
      submitLabel="Create contact"
      onSubmit={() => form.submit()}
      saving={create.isPending}
      problemTitle="The contact was not saved"
      problem={problem}
    >
      <ContactForm
        form={form}
        initialValues={initialValues}
        onSubmit={submit}
        withAffiliation
        disabled={create.isPending}
      />
    </FormDrawer>
  );
}
