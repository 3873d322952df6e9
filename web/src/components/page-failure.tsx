/**
 * What a page shows when what it is about could not be loaded: a heading that names the page, then the
 * failure, announced. The heading tells a person who arrives here where they are, and it is where the
 * app puts focus after a move to another page (`use-focus-on-navigation.ts`); without it focus stayed
 * on `<body>` and a screen reader named no page.
 */
import { type ReactNode, useId } from 'react';

export function PageFailure({
  title,
  message,
  children,
}: {
  title: string;
  message: string;
  /** What the person can do next, such as a link back. */
  children?: ReactNode;
}) {
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h1 id={id}>{title}</h1>
      <p role="alert">{message}</p>
      {children}
    </section>
  );
}
