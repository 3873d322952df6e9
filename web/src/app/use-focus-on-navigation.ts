/**
 * Moves focus to the new page's heading when the app moves to another address, as a browser's own
 * page load would reset it: a screen reader then reads where the person landed, and the next Tab goes
 * on from the top of that page. Without it, following a link inside a page (or saving a form that
 * leads elsewhere) removes the focused element and focus drops to `<body>`.
 *
 * Left alone: the first load (the browser starts at the top, with the skip link first); an address
 * with a fragment (a next step links to one field, which its page focuses); and a page that already
 * put focus somewhere inside itself.
 */
import { type RefObject, useEffect, useRef } from 'react';

/** The longest a page's code and data may take to show its heading before the move is given up. */
const HEADING_WAIT_MS = 10_000;

/**
 * Focuses `main`'s first heading once it is there, unless focus has moved by then: the page put it
 * somewhere (a field it links to, a message) or the person did.
 */
function focusHeadingOf(main: HTMLElement): () => void {
  // What had focus when the address changed: the link followed, or <body> once it was removed.
  const start = document.activeElement;
  const tryFocus = () => {
    const active = document.activeElement;
    if (active && active !== document.body && (active !== start || main.contains(active))) return true;
    const heading = main.querySelector<HTMLElement>('h1');
    if (!heading) return false;
    // Focusable from script only: it stays out of the Tab order.
    if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
    return true;
  };
  if (tryFocus()) return () => {};
  // The page's code or data may still be on its way: its heading comes with them.
  const observer = new MutationObserver(() => {
    if (tryFocus()) stop();
  });
  const timer = setTimeout(() => stop(), HEADING_WAIT_MS);
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
  };
  observer.observe(main, { childList: true, subtree: true });
  return stop;
}

/** `location`: the router's path (a change of query alone, such as a search's filters, is not a new page). */
export function useFocusOnNavigation(location: string, main: RefObject<HTMLElement | null>): void {
  // The address focus was last placed for: the first load's, which is left alone. (Compared, not
  // counted: React's development mode runs a new effect twice.)
  const handled = useRef(location);
  useEffect(() => {
    if (handled.current === location) return;
    handled.current = location;
    if (window.location.hash || !main.current) return;
    return focusHeadingOf(main.current);
  }, [location, main]);
}
