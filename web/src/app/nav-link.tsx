/** A navigation link that marks the section the visitor is in, for sight (class) and screen readers (aria-current). */
import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';

export function NavLink({ to, children }: { to: string; children: ReactNode }) {
  const [location] = useLocation();
  const active = location === to || location.startsWith(`${to}/`);
  return (
    <Link to={to} className={active ? 'active' : undefined} aria-current={active ? 'page' : undefined}>
      {children}
    </Link>
  );
}
