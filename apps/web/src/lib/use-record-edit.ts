import type { UseMutationResult } from '@tanstack/react-query';
import { App } from 'antd';
import { useState } from 'react';

interface RecordEditOptions<R extends { id: string }, Data, Changes> {
  record: R;
  update: UseMutationResult<R, Error, { id: string; changes: Changes }>;
  /** What the form changed, against the version it was filled from. */
  changesOf: (base: R, data: Data) => Changes;
  hasChanges: (changes: Changes) => boolean;
  /** The record as it is now, when the save was refused because someone else saved first. */
  conflictOf: (error: unknown) => R | undefined;
  /** Puts the refusal on the form's fields; returns what no field could show. */
  showError: (error: Error) => string | undefined;
  /** Fills the form again with the latest version. */
  refill: (latest: R) => void;
  /** The name in "… was saved.". */
  nameOf: (saved: R) => string;
  onClose: () => void;
}

/**
 * Saving an edit form: only what changed, against the version the form was filled from, and
 * offering the latest version when someone else saved first. Pairs with `EditDrawer`.
 */
export function useRecordEdit<R extends { id: string }, Data, Changes>(
  options: RecordEditOptions<R, Data, Changes>,
) {
  const { update, conflictOf, showError, refill, nameOf, onClose } = options;
  // The record the form was filled from; the page's copy may move on while the form is open.
  const [base, setBase] = useState(options.record);
  const [conflict, setConflict] = useState<R>();
  const [problem, setProblem] = useState<string>();
  const { message } = App.useApp();

  const submit = (data: Data) => {
    const changes = options.changesOf(base, data);
    if (!options.hasChanges(changes)) {
      void message.info('Nothing to save: no field was changed.');
      onClose();
      return;
    }
    setProblem(undefined);
    setConflict(undefined);
    update.mutate(
      { id: base.id, changes },
      {
        onSuccess: (saved) => {
          void message.success(`${nameOf(saved)} was saved.`);
          onClose();
        },
        onError: (error) => {
          const current = conflictOf(error);
          if (current) setConflict(current);
          else setProblem(showError(error));
        },
      },
    );
  };

  const loadLatest = () => {
    if (!conflict) return;
    setBase(conflict);
    refill(conflict);
    setConflict(undefined);
  };

  return {
    base,
    submit,
    saving: update.isPending,
    conflict: conflict !== undefined,
    loadLatest,
    problem,
  };
}

/** What `EditDrawer` shows of an edit in progress. */
export type RecordEdit = Pick<
  ReturnType<typeof useRecordEdit>,
  'saving' | 'conflict' | 'loadLatest' | 'problem'
>;
