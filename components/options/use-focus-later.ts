import { type RefObject, useEffect, useRef, useState } from 'react';

/**
 * A ref and a request to focus it once it is rendered. A frame callback right after a state change
 * can run before React commits an update made after an await (React schedules those as tasks),
 * and the element may only appear when stored settings arrive; this focuses it after the render
 * that shows it, whichever that is.
 */
export function useFocusLater<T extends HTMLElement>(): [RefObject<T | null>, () => void] {
  const ref = useRef<T>(null);
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    if (!wanted || !ref.current) return;
    ref.current.focus();
    setWanted(false);
  });
  return [ref, () => setWanted(true)];
}
