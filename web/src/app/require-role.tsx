/** Sends visitors without the needed role to the sign-in page; the API enforces the same rule. */
import type { ReactNode } from 'react';
import { Redirect } from 'wouter';
import type { Role } from '../../../shared/auth/roles';
import { useAppContext } from '../lib/app-context';

export function RequireRole({ allowed, children }: { allowed: Role; children: ReactNode }) {
  const { session } = useAppContext();
  if (!session?.roles.includes(allowed)) return <Redirect to="/sign-in" replace />;
  return children;
}
