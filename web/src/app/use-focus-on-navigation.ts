/**
 * Moves focus to the new page's heading when the person moves the app to another address, as a
 * browser's own page load would reset it: a screen reader then reads where the person landed, and the
 * next Tab goes on from the top of that page. Without it, following a link inside a page (or saving a
 * form that leads elsewhere) removes the focused element and focus drops to `<body>`. A move forward
 * also starts at the top of the new page; Back and Forward leave the scroll to the browser, which
 * restores where the person was.
 *
 * Left alone: the first load, and a redirect before the person has done anything (the browser starts
 * at the top, with the skip link first); an address that links to one field (a next step), which its
 * page focuses; and focus that moved by the time the heading shows (the page or the person put it
 * somewhere).
 */
import { type RefObject, useEffect, useRef } from 'react';

/** The longest a page's code and data may take to show its heading before the move is given up. */
const HEADING_WAIT_MS = 10_000;

/** Focuses `main`'s first heading once it is there, unless focus has moved by then. */
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

/** An address that names one element of its page, other than the skip link's target (`#main`). */
const namesAField = () => window.location.hash !== '' && window.location.hash !== '#main';

/** `location`: the router's path (a change of query alone, such as a search's filters, is not a new page). */
export function useFocusOnNavigation(location: string, main: RefObject<HTMLElement | null>): void {
  // The address focus was last placed for: the first load's is left alone. (Compared, not counted:
  // React's development mode runs a new effect twice.)
  const handled = useRef(location);
  // Whether the person has clicked, tapped or typed yet; and where Back or Forward last led (a move
  // to that address is theirs, not a link's).
  const acted = useRef(false);
  const popped = useRef<string | undefined>(undefined);
  useEffect(() => {
    const act = () => {
      acted.current = true;
    };
    const pop = () => {
      popped.current = window.location.pathname;
    };
    // A click too: a screen reader's browse mode, voice control or switch access may activate a link
    // with a click alone, and these are the people the move is for.
    document.addEventListener('pointerdown', act, true);
    document.addEventListener('keydown', act, true);
    document.addEventListener('click', act, true);
    // Capture: before the router's own listener, which renders the new page (and runs the effect
    // below) at once. (Chromium restores the scroll after that anyway; the HTML standard lets a
    // browser restore it before the event, and scrolling to the top then would undo it.)
    window.addEventListener('popstate', pop, true);
    return () => {
      document.removeEventListener('pointerdown', act, true);
      document.removeEventListener('keydown', act, true);
      document.removeEventListener('click', act, true);
      window.removeEventListener('popstate', pop, true);
    };
  }, []);
  useEffect(() => {
    if (handled.current === location) return;
    handled.current = location;
    const back = popped.current === window.location.pathname;
    popped.current = undefined;
    if (!acted.current || namesAField() || !main.current) return;
    if (!back) window.scrollTo(0, 0);
    return focusHeadingOf(main.current);
  }, [location, main]);
}
