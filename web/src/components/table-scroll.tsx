/**
 * A table that scrolls sideways inside its own box on a narrow screen, so the page never does. The box is
 * a labelled region that takes keyboard focus, so keyboard users can scroll it too (WCAG 2.1.1).
 */
import type { ReactNode } from 'react';

export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must be reachable by keyboard to scroll.
    <section className="table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
