import { describe, expect, it } from 'vitest';
import { readFromFrame, readToFrame } from '../../../../lib/ui/frame-protocol';

describe('frame protocol: the compose badge', () => {
  it('reads a badge message: an id and the findings, nothing else', () => {
    const findings = [{ id: 'billable', severity: 'info', message: 'About 2 minutes to read.' }];
    expect(readToFrame({ type: 'badge', seq: 3, counterpartId: 't-maya', findings, policy: { leaked: true } })).toEqual(
      { type: 'badge', seq: 3, counterpartId: 't-maya', findings },
    );
  });

  it.each([
    ['no id', { type: 'badge', seq: 1, findings: [] }],
    ['an empty id', { type: 'badge', seq: 1, counterpartId: '', findings: [] }],
    ['a long id', { type: 'badge', seq: 1, counterpartId: 'x'.repeat(101), findings: [] }],
    ['an id that is not text', { type: 'badge', seq: 1, counterpartId: 7, findings: [] }],
    ['findings that are not a list', { type: 'badge', seq: 1, counterpartId: 't-maya', findings: {} }],
    ['too many findings', { type: 'badge', seq: 1, counterpartId: 't-maya', findings: Array(101).fill({}) }],
    ['no seq', { type: 'badge', counterpartId: 't-maya', findings: [] }],
    ['a negative seq', { type: 'badge', seq: -1, counterpartId: 't-maya', findings: [] }],
  ])('refuses a badge message with %s', (_why, message) => {
    expect(readToFrame(message)).toBeNull();
  });

  it('reads the badge size, rounded up, within bounds', () => {
    expect(readFromFrame({ type: 'badge-size', seq: 2, width: 320, height: 181.2 })).toEqual({
      type: 'badge-size',
      seq: 2,
      width: 320,
      height: 182,
    });
  });

  it.each([
    ['too small', { type: 'badge-size', seq: 2, width: 4, height: 40 }],
    ['too big to be a badge', { type: 'badge-size', seq: 2, width: 320, height: 5000 }],
    ['not a number', { type: 'badge-size', seq: 2, width: '320', height: 40 }],
    ['not finite', { type: 'badge-size', seq: 2, width: Infinity, height: 40 }],
    ['no seq', { type: 'badge-size', width: 320, height: 40 }],
  ])('refuses a badge size %s', (_why, message) => {
    expect(readFromFrame(message)).toBeNull();
  });
});
