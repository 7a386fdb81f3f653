import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../lib/checks/finding';
import { applySuppressions } from '../../../../lib/checks/suppress';
import { findingMessage } from '../../../../components/finding-titles';
import { findingWords } from '../../../../components/finding-words';
import { withExcerpts } from '../../../../lib/checks/excerpt';
import { counterparts } from '../../../../lib/policy/settings';
import { settingsWith, therapist } from '../../support/builders';

const NOW = new Date('2026-12-01T10:00:00Z');
const maya = counterparts(settingsWith([therapist()]))[0]!;
const TOO_LONG: Finding = { id: 'too-long', severity: 'warning', message: 'Longer than asked.' };
const CRISIS: Finding = { id: 'crisis', severity: 'critical', message: 'Help is there.' };
const ENCRYPTION: Finding = { id: 'encryption', severity: 'warning', message: 'Not encrypted.' };

describe('applySuppressions', () => {
  it('a silenced warning becomes information that says why; the others stay and can be silenced', () => {
    const list = [
      { personId: maya.id, check: 'too-long' as const, since: NOW.toISOString(), until: '2026-12-08T10:00:00.000Z' },
    ];
    const [tooLong, crisis, encryption] = applySuppressions([TOO_LONG, CRISIS, ENCRYPTION], maya, list, NOW);
    expect(tooLong).toMatchObject({ severity: 'info' });
    expect(tooLong!.message).toContain('until 2026-12-08');
    expect(tooLong).not.toHaveProperty('suppressFor');
    expect(crisis).toEqual(CRISIS);
    expect(encryption).toEqual(ENCRYPTION);
  });

  it('a silenced warning whose words come from the catalogue still says, in the dialog, why it is quiet', () => {
    const keyed: Finding = {
      ...TOO_LONG,
      messageKey: 'finding_msg_too_long',
      messageArgs: ['15', 'Dr. Maya Lee', '5'],
    };
    const list = [{ personId: maya.id, check: 'too-long' as const, since: NOW.toISOString() }];
    const [silenced] = applySuppressions([keyed], maya, list, NOW);
    expect(findingMessage(silenced!)).toContain('You asked not to be warned about this until you change your mind');
  });

  it('a silenced warning given as parts still says, in the frame’s dialog, why it is quiet', () => {
    const parts: Finding = {
      id: 'purpose',
      severity: 'warning',
      message: 'Maya Lee uses email for scheduling.',
      messageParts: [
        {
          key: 'finding_msg_purpose_uses',
          args: ['Maya Lee', { list: [{ phrase: 'phrase_purpose_scheduling' }], type: 'and' }],
        },
      ],
    };
    const list = [{ personId: maya.id, check: 'purpose' as const, since: NOW.toISOString() }];
    const [silenced] = applySuppressions([parts], maya, list, NOW);
    expect(findingWords(silenced!)).toContain('You asked not to be warned about this until you change your mind');
  });

  it('another therapist, or an ended suppression: still a warning, offered to silence', () => {
    const list = [{ personId: 'someone-else', check: 'too-long' as const, since: NOW.toISOString() }];
    const [a] = applySuppressions([TOO_LONG], maya, list, NOW);
    expect(a).toMatchObject({ severity: 'warning', suppressFor: { personId: maya.id, name: maya.name } });
    const ended = [
      { personId: maya.id, check: 'too-long' as const, since: '2026-11-01T00:00:00Z', until: '2026-11-08T00:00:00Z' },
    ];
    expect(applySuppressions([TOO_LONG], maya, ended, NOW)[0]!.severity).toBe('warning');
  });
});

describe('withExcerpts', () => {
  it('adds a few words either side of the evidence, and none when its offsets are wrong', () => {
    const body = 'Hello Maya. I wanted to tell you about my new medication and how the week went overall.';
    const start = body.indexOf('medication');
    const finding: Finding = {
      id: 'purpose',
      severity: 'warning',
      message: 'Clinical.',
      evidence: [
        { field: 'body', text: 'medication', start, end: start + 10 },
        { field: 'body', text: 'medication', start: 0, end: 10 },
      ],
    };
    const [out] = withExcerpts([finding], { subject: '', body });
    expect(out!.evidence![0]).toMatchObject({
      before: 'Hello Maya. I wanted to tell you about my new ',
      after: ' and how the week went overall.',
    });
    expect(out!.evidence![1]).not.toHaveProperty('before');
  });
});
