import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../../lib/analysis/index';
import type { Purpose } from '../../../../lib/policy/contact-policy';

const purposes = (text: string) => analyzeText(text).purposes.map((h) => h.purpose);

describe('each purpose', () => {
  const cases: [Purpose, string][] = [
    ['scheduling', 'Could we move Tuesday to 4pm? Something came up at work.'],
    ['scheduling', "I'm running about ten minutes late, sorry!"],
    ['scheduling', 'Is there any chance you have an opening next week? I would like to book a session.'],
    ['scheduling', 'Can you resend the Zoom link for tomorrow?'],
    ['scheduling', "I won't make it tomorrow, my kid is sick. Could you fit me in on Friday?"],
    ['admin', 'Could you send me a receipt for last month? My insurer needs it.'],
    ['admin', 'I moved, my new address is 3 Oak Lane. Please update the invoices.'],
    ['admin', 'My employer needs a letter for HR confirming I attend weekly appointments.'],
    ['checkin', 'Quick update: I did the thought record three times this week.'],
    ['checkin', 'What was the name of the app you recommended?'],
    ['checkin', 'Tried the grounding exercise before my presentation and it helped a lot.'],
    ['support', "I'm really struggling tonight and I don't know who else to talk to."],
    ['support', 'Everything is falling apart. Can we talk before Thursday?'],
    ['support', "I can't stop crying since the call with my sister. I feel so alone."],
    ['clinical', 'The nightmares about the accident are back, every night this week.'],
    ['clinical', 'Since my psychiatrist increased the sertraline I have felt numb and foggy. Is that a side effect?'],
    ['clinical', 'When I was a kid my father used to hit my mother and I would hide under the stairs.'],
    ['casual', 'Happy birthday! Hope you have a lovely day.'],
    ['casual', 'Would you like to come to my art show next month?'],
    ['casual', 'How was your vacation? Did you make it to the coast?'],
  ];
  test.each(cases)('%s: %s', (purpose, text) => {
    const hits = analyzeText(text).purposes;
    const hit = hits.find((h) => h.purpose === purpose);
    expect(hit, JSON.stringify(hits)).toBeDefined();
    for (const e of hit!.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});

test('a draft may serve several purposes', () => {
  const text =
    'Can we move Thursday to 5pm? Also could you resend the March invoice?\n\n' +
    "Honestly I'm having a really hard week and I keep crying at work.";
  expect(purposes(text)).toEqual(['scheduling', 'admin', 'support']);
});

test('logistics drafts do not pick up purposes a policy would warn about', () => {
  for (const text of [
    'I take my sertraline at 9am with breakfast, so could we start at 9:30 instead?',
    'My car battery was dead this morning, so I will be late. Be there by 10:20.',
    'Shoot, I double-booked Thursday. Can we do Wednesday instead?',
    'Sorry for the short notice but I need to cancel tomorrow, my mom is in the hospital.',
    'The consent form link seems broken, could you send it again?',
    'Attached is my sleep diary for this week. See you Monday.',
  ]) {
    const found = purposes(text);
    expect(
      found.filter((p) => !['scheduling', 'admin', 'checkin'].includes(p)),
      text,
    ).toEqual([]);
    expect(found.length, text).toBeGreaterThan(0);
  }
});

test('current risk means the writer is reaching out for support', () => {
  const hits = analyzeText('I have the pills counted out on my desk.').purposes;
  expect(hits.map((h) => h.purpose)).toContain('support');
});

test('a past attempt told as history is clinical', () => {
  expect(purposes('I tried to kill myself when I was 17. It came up with my new doctor.')).toContain('clinical');
});

test('a long draft processing feelings is clinical', () => {
  const text =
    "I've been thinking about what you said last time. I feel like I've spent years being the one who holds " +
    'everything together, and I never let anyone see when it gets heavy. I noticed it again at dinner with my ' +
    "partner, I felt the urge to apologise for being tired, as if I'm not allowed to be. I think I learned that " +
    'early. I remember my grandmother saying that nobody likes a complainer, and I think it stuck. I feel a bit ' +
    'silly writing all this down, but it helps to put it into words.';
  expect(purposes(text)).toContain('clinical');
});

test('weak signals alone do not make a purpose', () => {
  expect(purposes('lol')).toEqual([]);
  expect(purposes('Thanks!')).toEqual([]);
  expect(purposes('See you on Monday.')).toEqual([]);
});
