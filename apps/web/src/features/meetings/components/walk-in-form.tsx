import {
  type AttendeeMatch,
  type WALK_IN_MATCH_REASONS,
  type WalkInCheckResponse,
} from '@coalition/contracts';
import { Alert, Button, Flex, Input, List } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { paths } from '@/lib/paths';
import { useCreateWalkIn, useWalkInCheck } from '../api/use-people';
import { HostSelect } from './choice-selects';

type Reason = (typeof WALK_IN_MATCH_REASONS)[number];
const REASON_TEXT: Record<Reason, string> = {
  same_email: 'same email',
  same_phone: 'same phone',
  similar_name: 'similar name at the same organization',
};

interface WalkInValues {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  organizationId: string | null;
}

const EMPTY: WalkInValues = {
  firstName: '',
  lastName: '',
  email: '',
  phone: '',
  organizationId: null,
};

interface WalkInFormProps {
  /** The person to add: an existing one picked over a duplicate, or the one just created. */
  onAdd: (match: AttendeeMatch, organizationId: string | null) => void;
  onCancel: () => void;
}

/**
 * Someone not in the CRM yet: checked for likely duplicates first (same email, same phone, a
 * similar name at the same organization), then created as a contact and added.
 */
export function WalkInForm({ onAdd, onCancel }: WalkInFormProps) {
  const [values, setValues] = useState<WalkInValues>(EMPTY);
  const [orgName, setOrgName] = useState<string>();
  const [duplicates, setDuplicates] = useState<WalkInCheckResponse['likelyDuplicates']>();
  const check = useWalkInCheck();
  const create = useCreateWalkIn();
  const set = (patch: Partial<WalkInValues>) => {
    setValues({ ...values, ...patch });
    setDuplicates(undefined);
  };
  const email = values.email.trim() || null;
  const phone = values.phone.trim() || null;
  const ready = values.firstName.trim() !== '' && values.lastName.trim() !== '';

  const createAndAdd = async () => {
    const contact = await create.mutateAsync({
      firstName: values.firstName.trim(),
      lastName: values.lastName.trim(),
      emails: email ? [{ address: email, label: 'personal', primary: true }] : [],
      phones: phone ? [{ number: phone, label: 'mobile', primary: true }] : [],
      affiliations: values.organizationId
        ? [{ organizationId: values.organizationId, role: 'member' }]
        : [],
    });
    const organizations = values.organizationId
      ? [{ id: values.organizationId, name: orgName ?? '' }]
      : [];
    onAdd(
      { id: contact.id, displayName: contact.displayName, email, phone, organizations },
      values.organizationId,
    );
    setValues(EMPTY);
    setDuplicates(undefined);
  };

  const submit = async () => {
    const answer = await check.mutateAsync({
      firstName: values.firstName.trim(),
      lastName: values.lastName.trim(),
      email,
      phone,
      organizationId: values.organizationId,
    });
    if (answer.likelyDuplicates.length > 0) setDuplicates(answer.likelyDuplicates);
    else await createAndAdd();
  };

  const error = check.error ?? create.error;
  return (
    <Flex
      vertical
      gap="small"
      component="form"
      aria-label="Walk-in"
      onSubmit={(e) => {
        e.preventDefault();
        if (ready) void submit().catch(() => undefined);
      }}
    >
      <Flex gap="small" wrap>
        <Input
          aria-label="Walk-in first name"
          placeholder="First name"
          value={values.firstName}
          onChange={(e) => set({ firstName: e.target.value })}
          style={{ width: 160 }}
        />
        <Input
          aria-label="Walk-in last name"
          placeholder="Last name"
          value={values.lastName}
          onChange={(e) => set({ lastName: e.target.value })}
          style={{ width: 160 }}
        />
        <Input
          aria-label="Walk-in email"
          placeholder="Email"
          type="email"
          value={values.email}
          onChange={(e) => set({ email: e.target.value })}
          style={{ width: 220 }}
        />
        <Input
          aria-label="Walk-in phone"
          placeholder="Phone"
          value={values.phone}
          onChange={(e) => set({ phone: e.target.value })}
          style={{ width: 160 }}
        />
        <HostSelect
          label="Walk-in organization"
          value={values.organizationId}
          onChange={(organizationId) => set({ organizationId })}
          onPickName={setOrgName}
        />
      </Flex>
      <Flex gap="small">
        <Button
          htmlType="submit"
          type="primary"
          disabled={!ready || duplicates !== undefined}
          loading={check.isPending || create.isPending}
        >
          Add walk-in
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </Flex>
      {error && (
        <Alert
          type="error"
          showIcon
          title="Could not add the walk-in"
          description={error.message}
        />
      )}
      {duplicates && (
        <Alert
          type="warning"
          showIcon
          title="This person may already be in the CRM"
          description={
            <Flex vertical gap="small">
              <List
                size="small"
                dataSource={duplicates}
                renderItem={(dup) => (
                  <List.Item
                    actions={[
                      <Button
                        key="use"
                        size="small"
                        aria-label={`Use this person: ${dup.displayName}`}
                        onClick={() => {
                          onAdd(
                            dup,
                            dup.organizations.some((o) => o.id === values.organizationId)
                              ? values.organizationId
                              : (dup.organizations[0]?.id ?? null),
                          );
                          setValues(EMPTY);
                          setDuplicates(undefined);
                        }}
                      >
                        Use this person
                      </Button>,
                    ]}
                  >
                    <Link to={paths.contact(dup.id)} target="_blank">
                      {dup.displayName}
                    </Link>
                    {` (${REASON_TEXT[dup.reason]})`}
                  </List.Item>
                )}
              />
              <Button
                style={{ alignSelf: 'start' }}
                loading={create.isPending}
                onClick={() => void createAndAdd().catch(() => undefined)}
              >
                Add anyway
              </Button>
            </Flex>
          }
        />
      )}
    </Flex>
  );
}
