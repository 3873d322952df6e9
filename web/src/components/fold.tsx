/**
 * A `<details>` whose content is rendered once it is first opened, and kept after. A folded list (the
 * calls that do not fit, the catalogue's possible fits) then costs a slow phone nothing until someone
 * asks to read it: rendered folded, the possible fits were the longest tasks after the matches page's
 * largest paint. The price: the browser's find-in-page cannot see into a fold never opened.
 */
import { type ReactNode, useState } from 'react';

export function Fold({
  summary,
  children,
}: {
  summary: ReactNode;
  /** A function, so that not even the content's elements are made while folded. */
  children: () => ReactNode;
}) {
  const [opened, setOpened] = useState(false);
  return (
    <details
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true);
      }}
    >
      <summary>{summary}</summary>
      {opened && children()}
    </details>
  );
}
