import { Navigate } from 'react-router';
import { paths } from '@/lib/paths';
import { useSession } from '@/lib/session';

/**
 * The dashboard's front door: leadership's first question is how the coalition is doing, so
 * they land on the reports; everyone else works from the member lists.
 */
export function HomeRedirect() {
  const { user } = useSession();
  const home = user?.role === 'leadership' ? paths.reports : paths.organizations;
  return <Navigate to={home} replace />;
}
