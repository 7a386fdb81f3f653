import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../../lib/analysis';

/**
 * Whose act a risk mention is: an owner named on the way back to the subject ("my dad's pills")
 * is not the one who acts. Before, "I have my dad's pills in my hand" was lowered as the dad's.
 */
const levels = (text: string) => analyzeText(text).risk.map((r) => r.level);

describe('a possessive owner is not the subject of the act', () => {
  it.each([
    "I have my dad's pills in my hand.",
    "I'm holding my mum's sleeping tablets and I want to take them all.",
    "I've got my brother's razor blades in my room.",
  ])('the writer\'s own act stays current: "%s"', (text) => {
    expect(levels(text)).toContain('current');
  });

  it.each(["My dad's pills scare me because he might take them all.", "My sister's friend wants to kill herself."])(
    'someone else\'s act stays lowered: "%s"',
    (text) => {
      const found = levels(text);
      expect(found.length).toBeGreaterThan(0);
      expect(found).not.toContain('current');
    },
  );
});
