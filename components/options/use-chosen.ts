import { useState } from 'react';

/**
 * A choice shown at once while it is being stored: the stored value comes back later through the
 * props. The choice holds only while the prop is still what it was when the choice was made.
 */
export function useChosen<T>(stored: T): [shown: T, choose: (value: T) => void, forget: () => void] {
  const [chosen, setChosen] = useState<{ value: T; over: T } | null>(null);
  const shown = chosen && Object.is(chosen.over, stored) ? chosen.value : stored;
  return [shown, (value: T) => setChosen({ value, over: stored }), () => setChosen(null)];
}
