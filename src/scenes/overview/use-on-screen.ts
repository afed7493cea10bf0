import { useEffect, useState, type RefObject } from 'react';

/**
 * True once the element has come near the viewport (and stays true). The overview mounts a
 * panel below the fold only then: its chart or map, and the requests and mock generation behind
 * it, would otherwise compete with the first screen for the main thread. Without
 * IntersectionObserver (old engines, tests) everything counts as on screen.
 */
export function useOnScreen(ref: RefObject<Element | null>, active: boolean): boolean {
  const [seen, setSeen] = useState(!active);
  useEffect(() => {
    if (!active || seen) return;
    const element = ref.current;
    if (element === null || typeof IntersectionObserver === 'undefined') {
      setSeen(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setSeen(true);
      },
      // A little ahead of the scroll, so that the panel is usually ready when it shows.
      { rootMargin: '200px 0px' },
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, [ref, active, seen]);
  return seen || !active;
}
