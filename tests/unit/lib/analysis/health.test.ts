import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../../lib/analysis/index';
import type { HealthCategory } from '../../../../lib/analysis/types';

const health = (text: string) => analyzeText(text).health;

describe('each health category in a reply', () => {
  const cases: [HealthCategory, string, string][] = [
    ['diagnosis', 'Your results point to bipolar II, which we can talk through on Monday.', 'bipolar'],
    ['diagnosis', 'The assessment fits generalized anxiety disorder.', 'anxiety disorder'],
    ['diagnosis', 'A reminder that the OCD support group meets on Tuesdays.', 'OCD'],
    ['medication', 'Please keep taking the Zoloft until you see Dr. Park.', 'Zoloft'],
    ['medication', '100 mg at night is a usual dose.', '100 mg'],
    ['symptom', 'I am sorry the flashbacks have been worse this week.', 'flashbacks'],
    ['symptom', 'How are the panic attacks since Tuesday?', 'panic attacks'],
    ['treatment', 'We will continue the EMDR on Thursday.', 'EMDR'],
    ['treatment', 'Bring your exposure hierarchy so we can pick the next step.', 'exposure hierarchy'],
    [
      'treatment',
      'I keep thinking about what we discussed about your mother; let us pick it up next week.',
      'what we discussed about your mother',
    ],
    ['risk', 'Please use your safety plan and call 988 if things get worse tonight.', 'safety plan'],
    ['risk', 'If the thoughts of hurting yourself come back, go to the nearest ER.', 'hurting yourself'],
  ];
  test.each(cases)('%s: %s', (category, text, evidence) => {
    const hits = health(text);
    const hit = hits.find((h) => h.category === category && h.evidence.text.includes(evidence));
    expect(hit, JSON.stringify(hits)).toBeDefined();
    for (const h of hits) expect(text.slice(h.evidence.start, h.evidence.end)).toBe(h.evidence.text);
  });
});

test('logistics-only replies stay clean', () => {
  for (const text of [
    'Friday at 3pm works. See you then.',
    'Attached is the receipt you asked for.',
    'Here is the video link for tomorrow.',
    'Please fill in the intake forms in the portal before Monday.',
    'Your insurer needs a diagnosis code on the superbill; I will add it and resend today.',
    "I'm sorry, I'm unwell today and need to cancel our 2pm. I'll email with new times tomorrow.",
    'Good question! I will bring a copy of the worksheet on Monday.',
    'Please see the attachment for the new fee schedule.',
    'You killed it at the presentation, well done!',
    'No worries about running late, we will still have 40 minutes.',
  ]) {
    expect(health(text), text).toEqual([]);
  }
});

test('naming a condition-specific group is a health detail', () => {
  expect(health('Your appointment for the anxiety group is on the 14th.').map((h) => h.category)).toContain(
    'diagnosis',
  );
});
