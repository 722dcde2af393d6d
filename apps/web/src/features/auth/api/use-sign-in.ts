import { useMutation } from '@tanstack/react-query';
import { useSession } from '@/lib/session';

/** Signing in through the session (which keeps the result); pending and error for the form. */
export function useSignIn() {
  const { signIn } = useSession();
  return useMutation({ mutationFn: signIn });
}
