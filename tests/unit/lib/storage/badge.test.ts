import { describe, expect, it } from 'vitest';
import { readCollapsed } from '../../../../lib/storage/badge';

describe('readCollapsed', () => {
  it('reads the ids of the people whose badge is collapsed', () => {
    expect([...readCollapsed(['t-maya', 't-ana'])]).toEqual(['t-maya', 't-ana']);
  });

  it('reads anything odd as nobody collapsed, and drops entries that are not ids', () => {
    expect(readCollapsed(null).size).toBe(0);
    expect(readCollapsed({ 't-maya': true }).size).toBe(0);
    expect([...readCollapsed(['t-maya', 3, '', 'x'.repeat(101), null])]).toEqual(['t-maya']);
  });
});
