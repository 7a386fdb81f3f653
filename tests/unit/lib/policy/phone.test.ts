import { describe, expect, it } from 'vitest';
import { isPhone, telHref } from '../../../../lib/policy/phone';

describe('phone numbers (policies and safety plans)', () => {
  it('makes tel: links from numbers as written: the digits and a leading +', () => {
    expect(telHref('+1 555 0142')).toBe('tel:+15550142');
    expect(telHref(' +44 (20) 7946-0958')).toBe('tel:+442079460958');
    expect(telHref('(020) 7946-0958')).toBe('tel:02079460958');
    // A + anywhere but the start is not an international prefix.
    expect(telHref('555+0142')).toBe('tel:5550142');
  });

  it('accepts numbers as people write them and nothing else', () => {
    expect(isPhone('+1 (555) 010-0142')).toBe(true);
    expect(isPhone('988')).toBe(true);
    expect(isPhone('call me')).toBe(false);
    expect(isPhone('---')).toBe(false);
    expect(isPhone('1'.repeat(40))).toBe(false);
  });
});
