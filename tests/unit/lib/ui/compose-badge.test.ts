import { describe, expect, it } from 'vitest';
import { badgePlacement } from '../../../../lib/ui/compose-badge';

const viewport = { width: 1280, height: 720 };
const open = { width: 320, height: 200 };

describe('badgePlacement', () => {
  it('puts the badge above a docked compose, right-aligned with it, clear of its box', () => {
    const compose = { top: 300, left: 800, right: 1260, bottom: 720 };
    const at = badgePlacement(compose, open, viewport)!;
    expect(at).toEqual({ top: 300 - 6 - 200, left: 1260 - 320 });
    expect(at.top + open.height).toBeLessThanOrEqual(compose.top);
  });

  it('goes to the left of a tall compose, top-aligned, never over it', () => {
    const compose = { top: 100, left: 700, right: 1260, bottom: 720 };
    const at = badgePlacement(compose, open, viewport)!;
    expect(at).toEqual({ top: 100, left: 700 - 6 - 320 });
    expect(at.left + open.width).toBeLessThanOrEqual(compose.left);
  });

  it('stays inside the window', () => {
    const compose = { top: 400, left: 0, right: 200, bottom: 720 };
    expect(badgePlacement(compose, open, viewport)).toEqual({ top: 194, left: 6 });
  });

  it('is hidden (null) when neither above nor beside has room: a full-window compose is not covered', () => {
    expect(badgePlacement({ top: 0, left: 0, right: 1280, bottom: 720 }, open, viewport)).toBeNull();
  });

  it('a collapsed icon fits where the open badge does not', () => {
    const compose = { top: 60, left: 0, right: 1280, bottom: 720 };
    expect(badgePlacement(compose, open, viewport)).toBeNull();
    expect(badgePlacement(compose, { width: 40, height: 40 }, viewport)).toEqual({ top: 14, left: 1234 });
  });
});
