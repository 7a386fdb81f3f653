import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../../lib/analysis/index';
import type { RiskHit, RiskKind, RiskReason } from '../../../../lib/analysis/types';

const risk = (text: string) => analyzeText(text).risk;
const current = (text: string) => risk(text).filter((r) => r.level === 'current');

/** Every evidence span points at its own text. */
function spansOk(text: string, hits: readonly RiskHit[]) {
  for (const h of hits) expect(text.slice(h.evidence.start, h.evidence.end)).toBe(h.evidence.text);
}

describe('each risk kind is found, current, with its evidence', () => {
  const cases: [RiskKind, string, string][] = [
    ['wish-to-die', 'Some days I wish I was dead.', 'wish I was dead'],
    ['wish-to-die', 'honestly everyone would be better off without me', 'better off without me'],
    ['wish-to-die', 'I hope I just go to sleep and never wake up', 'sleep and never wake up'],
    ['suicidal-thoughts', "I've been having suicidal thoughts again.", 'suicidal'],
    ['suicidal-thoughts', 'been thinking about ending it all', 'thinking about ending it'],
    ['method', 'I keep thinking about jumping off the bridge near my office.', 'jumping off the bridge'],
    ['method', 'I took 30 tylenol an hour ago', 'took 30 tylenol'],
    ['method', 'There is a rope in the garage and I keep thinking about it.', 'rope'],
    ['intent', "I'm going to kill myself.", 'kill myself'],
    ['plan', 'I have a plan to end my life.', 'have a plan'],
    ['plan', "I'm going to kill myself on Saturday when everyone is out.", 'kill myself'],
    ['preparation', "I've been giving away my things to people who will use them.", 'giving away my things'],
    ['preparation', 'I wrote goodbye letters to my family last night.', 'goodbye letters'],
    ['preparation', "I won't be around much longer, I just wanted you to know.", "won't be around much longer"],
    ['self-harm', 'I cut myself again last night.', 'cut myself'],
    ['self-harm', 'I burned my arm with a cigarette lighter on purpose... I burned myself twice.', 'burned my arm'],
    ['harm-to-others', "I'm so angry I want to hurt him when he gets home.", 'hurt him'],
    ['harm-to-others', 'I have thoughts of hurting my baby and it terrifies me.', 'thoughts of hurting my baby'],
  ];
  test.each(cases)('%s: %s', (kind, text, evidence) => {
    const hits = current(text);
    const hit = hits.find((h) => h.kind === kind);
    expect(hit, JSON.stringify(risk(text))).toBeDefined();
    expect(hit!.evidence.text).toContain(evidence);
    spansOk(text, risk(text));
  });
});

describe('method and means count without any feelings words', () => {
  test.each([
    'I have a bottle of pills next to my bed.',
    '\u{1F48A}\u{1F48A}\u{1F48A}',
    "i've been saving up my sleeping pills",
    'bought a rope today',
    'how many of my lithium tablets would it take',
    'the antifreeze is in the shed, I keep thinking about drinking it',
  ])('%s', (text) => {
    expect(current(text).length, JSON.stringify(risk(text))).toBeGreaterThan(0);
  });

  test('routine medication in a scheduling note is not risk', () => {
    expect(risk('I take my sertraline at 9am with breakfast, could we start at 9:30?')).toEqual([]);
    expect(risk('Took my \u{1F48A} this morning, feeling ok')).toEqual([]);
    expect(risk('My psychiatrist moved my meds to lunchtime so could we meet in the morning?')).toEqual([]);
  });
});

describe('negation lowers a hit and never drops it', () => {
  test.each([
    ["I don't want to kill myself, I just want the pain to stop.", 'kill myself'],
    ['I would never hurt myself.', 'hurt myself'],
    ["I don't think I'd ever hurt myself", 'hurt myself'],
    ['No suicidal thoughts this week.', 'suicidal'],
    ["I'm not going to kill myself, I promise.", 'kill myself'],
    ['Suicidal thoughts: none.', 'Suicidal'],
  ])('%s', (text, evidence) => {
    const hits = risk(text);
    expect(
      hits.some((h) => h.level === 'current'),
      JSON.stringify(hits),
    ).toBe(false);
    const hit = hits.find((h) => h.evidence.text.includes(evidence));
    expect(hit, JSON.stringify(hits)).toBeDefined();
    expect(hit!.level).toBe('lowered');
    expect(hit!.reason).toBe('negated');
  });

  test('"I\'m not okay and I want to kill myself" is current', () => {
    for (const text of [
      "I'm not okay and I want to kill myself",
      "I'm not okay, I want to kill myself",
      'im not ok i want to kill myself',
      "I'm not okay. I want to kill myself.",
    ]) {
      const hits = current(text);
      expect(
        hits.map((h) => h.evidence.text),
        text,
      ).toEqual(['kill myself']);
    }
  });

  test('a negation elsewhere in the sentence never clears a second risk phrase', () => {
    const hits = risk("I'm not suicidal but I have the pills counted out on my desk");
    expect(hits.find((h) => h.evidence.text === 'suicidal')?.level).toBe('lowered');
    expect(hits.some((h) => h.level === 'current' && h.kind === 'method')).toBe(true);
    const two = risk("I don't want to die but I keep thinking about jumping");
    expect(two.find((h) => h.evidence.text.includes('want to die'))?.reason).toBe('negated');
    expect(two.find((h) => h.evidence.text.includes('jumping'))?.level).toBe('current');
  });

  test('negation words that do not negate', () => {
    expect(current("I can't stop thinking about killing myself").length).toBe(1);
    expect(current("I can't promise I won't hurt myself tonight").length).toBe(1);
    expect(current("I'm not sure I want to live anymore").length).toBe(1);
    expect(current("I don't care if I die").length).toBe(1);
  });

  test('negation inside the risk phrase itself is the risk', () => {
    expect(current("I don't want to be alive anymore").length).toBe(1);
    expect(current("I don't see any reason to keep living").length).toBe(1);
    expect(current("I don't feel safe with myself tonight").length).toBe(1);
  });
});

describe('context lowers with a reason', () => {
  const cases: [string, RiskReason][] = [
    ['This deadline is killing me, can we move to Friday?', 'idiom'],
    ['I could kill for a coffee right now', 'idiom'],
    ["I'm dying to see the new exhibit!", 'idiom'],
    ['We killed it at the gig last night', 'idiom'],
    ['I almost died laughing at that video', 'idiom'],
    ["I've been killing myself at the gym this month", 'idiom'],
    ['I burned myself on the stove while cooking, ouch', 'idiom'],
    ["I'm going to kill my brother if he eats my leftovers again lol", 'idiom'],
    ['Years ago I tried to kill myself.', 'past'],
    ['When I was 16 I used to cut my arms.', 'past'],
    ['My friend said she wanted to die.', 'third-party'],
    ['My brother tried to kill himself last year.', 'third-party'],
    ['My sister overdosed last night and she is in the ICU.', 'third-party'],
    ['The song goes "I want to die in your arms tonight".', 'quoted'],
    ["The form asks 'Have you ever thought about killing yourself?'", 'quoted'],
    ['If I ever feel suicidal between sessions, should I call 988?', 'hypothetical'],
    ['The intake questionnaire asks about suicide risk history.', 'hypothetical'],
  ];
  test.each(cases)('%s -> %s', (text, reason) => {
    const hits = risk(text);
    expect(hits.length, text).toBeGreaterThan(0);
    expect(
      hits.some((h) => h.level === 'current'),
      JSON.stringify(hits),
    ).toBe(false);
    expect(hits.map((h) => h.reason)).toContain(reason);
    spansOk(text, hits);
  });

  test('"not one" negates; "no one" does not', () => {
    const text = 'Not one dark thought about ending things since the holidays.';
    expect(risk(text).map((h) => h.reason)).toContain('negated');
    expect(current(text)).toEqual([]);
    expect(current('No one would even notice if I ended things.').length).toBeGreaterThan(0);
  });

  test('recovery told in the next sentence makes a past attempt past', () => {
    const past =
      'Two years ago I tried to end my life, and today I got the job offer. I am in a much better place now.';
    expect(current(past), JSON.stringify(risk(past))).toEqual([]);
    expect(risk(past).map((h) => h.reason)).toContain('past');
    // a "better now" sentence that tells of risk back again is no recovery
    const back =
      'Two years ago I tried to end my life, and today it all came back. I was doing better but lately it is back.';
    expect(current(back).length, JSON.stringify(risk(back))).toBeGreaterThan(0);
  });

  test('past self-harm that is back now is current', () => {
    expect(current('I used to cut in college and last night I cut myself again.').length).toBeGreaterThan(0);
  });

  test("the writer's own thought in quotes stays current", () => {
    expect(current('I keep thinking "I want to die" over and over.').length).toBe(1);
  });

  test('not risk language at all', () => {
    for (const text of [
      'My phone died so I missed your call.',
      'My car battery was dead this morning.',
      "I've been cutting back on coffee like you suggested.",
      'Shoot, I double-booked Thursday.',
      "I won't be around next week, I'm at a conference. Can we skip a week?",
      'My grandmother died on Sunday.',
      "I'm giving away my old clothes to charity, decluttering feels good.",
      'I wrote the letter to my father like you suggested.',
    ]) {
      expect(risk(text), text).toEqual([]);
    }
  });
});

describe('typos, slang, no punctuation, other languages', () => {
  test.each([
    'i dont wanna be here anymore',
    'cant do this anymore i want to die',
    'been thinking about unaliving myself ngl',
    'kms',
    'Je veux mourir.',
    'Quiero morirme, no puedo más.',
    'Ich will nicht mehr leben.',
  ])('%s', (text) => {
    expect(current(text).length, JSON.stringify(risk(text))).toBeGreaterThan(0);
  });
});

test('a farewell across the draft is preparation', () => {
  const text = "I won't be at our session next week. Or any session.\n\nThank you for trying to help me. Goodbye.";
  const hits = current(text);
  expect(hits.map((h) => h.kind)).toContain('preparation');
  spansOk(text, hits);
  expect(current('Thanks for everything! See you Thursday.')).toEqual([]);
});

/** Written blind (before the rules saw them) to check generalisation; kept as regressions. */
describe('blind probes', () => {
  test.each([
    "i keep thinking everyone would be happier if i just wasn't around anymore",
    "I've got enough of my sleeping tablets saved to do it.",
    'I nearly jumped in front of the train this morning.',
    'I want to slit my wrists',
    "I'm going to take all my pills tonight.",
    'i hate myself so much i want to disappear forever',
    "I'm sitting in the car in the garage with the engine running.",
    'Honestly I think about dying every day',
    "I think I'm done fighting. I've said what I needed to say to everyone.",
    'tonight im gonna take every pill in the house',
    'The voices keep telling me to hurt myself.',
    'Sometimes I drive really fast hoping I crash.',
    'I put the rope in my car this morning.',
    'Every night I hold the knife against my wrist.',
    "I'm going to make him pay for what he did, I'll kill him.",
    'I started scratching my arms with a pin again.',
    'no one would miss me',
    "i've been looking at the bridge a lot lately. it would be so easy",
  ])('current: %s', (text) => {
    expect(current(text).length, JSON.stringify(risk(text))).toBeGreaterThan(0);
  });

  test.each([
    'This heat is going to kill me, can we meet inside?',
    "I'd rather die than sing karaoke at the office party lol",
    'My aunt tried to overdose years ago, it still affects my mom.',
    'Not suicidal, just burnt out. Can we do a longer session?',
    'The movie had a character who hanged himself; I left early.',
    "What should I do if a friend tells me they're suicidal?",
    "I'm killing time before our session, sitting in the cafe downstairs.",
    'Death by a thousand meetings today haha. See you at 4.',
    "I feel like I'm drowning and nobody notices. I need to talk to someone today.",
    'My dad killed himself when I was 12, and the anniversary is next week.',
    'We are doing a 5k for suicide prevention next month, want to join?',
    "I haven't hurt myself since June, I'm proud of that.",
    'I hurt myself at the gym, can we move to Friday?',
    "I don't want to go on like this with my job, I'm handing in my notice.",
    'My doctor says the new medication might cause suicidal thoughts in rare cases.',
    "I'm going to end it with him this weekend, I've decided.",
  ])('not current: %s', (text) => {
    expect(current(text), JSON.stringify(risk(text))).toEqual([]);
  });
});
