import { DomainError } from '../../common/domain-error';

/** A KPI quarter in the future: nothing to count yet. 400 naming `quarter`, like any bad parameter. */
export function quarterNotStarted(quarter: string): DomainError {
  const message = 'must be a quarter that has started';
  return new DomainError('invalid', 'validation_failed', `query parameter quarter: ${message} (${quarter})`, [
    { path: 'quarter', message },
  ]);
}
