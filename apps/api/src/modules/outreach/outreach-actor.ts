import { DomainError } from '../../common/domain-error';
import { currentContext } from '../../common/request-context';

/** Who is acting; every outreach route requires a session, so there always is someone. */
export function actorId(): string {
  const id = currentContext()?.actor?.id;
  if (!id) throw new DomainError('unauthenticated', 'unauthenticated', 'Sign in to use outreach');
  return id;
}
