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

  it('with room below the host controls (Outlook), sits inside the compose at its bottom-right, within that room', () => {
    const compose = { top: 0, left: 0, right: 1280, bottom: 720 };
    const room = { top: 140, left: 0, right: 1280, bottom: 720 };
    const at = badgePlacement(compose, open, viewport, room)!;
    expect(at).toEqual({ top: 720 - 6 - 200, left: 1280 - 6 - 320 });
    expect(at.top).toBeGreaterThanOrEqual(room.top);
  });

  it('in a room that runs past the window, only the part in view counts', () => {
    const compose = { top: 0, left: 0, right: 1280, bottom: 1500 };
    const room = { top: 140, left: 0, right: 1280, bottom: 1500 };
    expect(badgePlacement(compose, open, viewport, room)).toEqual({ top: 720 - 6 - 200, left: 954 });
  });

  it('a room too small for the badge: beside the compose as before, or nowhere', () => {
    const compose = { top: 60, left: 584, right: 1264, bottom: 340 };
    const room = { top: 150, left: 584, right: 1264, bottom: 340 };
    expect(badgePlacement(compose, open, viewport, room)).toEqual({ top: 60, left: 584 - 6 - 320 });
    expect(badgePlacement({ ...compose, left: 0 }, open, viewport, { ...room, left: 0 })).toBeNull();
  });

  it('a compose scrolled out of view has no badge', () => {
    const room = { top: -500, left: 0, right: 1280, bottom: -10 };
    expect(badgePlacement({ top: -600, left: 0, right: 1280, bottom: -10 }, open, viewport, room)).toBeNull();
    expect(badgePlacement({ top: 800, left: 700, right: 1260, bottom: 1400 }, open, viewport)).toBeNull();
  });
});
