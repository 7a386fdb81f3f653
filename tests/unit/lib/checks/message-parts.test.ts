import { describe, expect, it } from 'vitest';
import english from '../../../../public/_locales/en/messages.json' with { type: 'json' };
import german from '../../../../public/_locales/de/messages.json' with { type: 'json' };
import { englishMessage } from '../../../../lib/checks/english-message';
import type { MessagePart } from '../../../../lib/checks/finding';
import { renderParts, type Lookup } from '../../../../lib/checks/message-parts';
import { format, type CatalogueEntry } from '../../../../lib/i18n';

/**
 * `messageParts` read in a catalogue's language (docs/i18n.md, "Finding messages"): lists,
 * numbers and instants are written by Intl in that language, a key the catalogue lacks or a value
 * Intl refuses gives no words (the caller then shows the English message).
 */
const from =
  (catalogue: unknown): Lookup =>
  (key, subs) => {
    const entry = (catalogue as Record<string, CatalogueEntry>)[key];
    return entry ? format(entry, subs) : key;
  };
const en = from(english);
const de = from(german);

const crisis = (...kinds: string[]): MessagePart => ({
  key: 'finding_msg_crisis_lowered',
  args: [{ list: kinds.map((k) => ({ phrase: `phrase_risk_${k}` as never })), type: 'and' }],
});

describe('renderParts', () => {
  it('joins a list in the catalogue’s language, with its phrases translated', () => {
    expect(renderParts([crisis('plan', 'suicidal_thoughts', 'method')], en, 'en-GB')).toMatch(
      /^Some words here are about harm \(a plan, thoughts of suicide and a way to end your life\), though/,
    );
    expect(renderParts([crisis('plan', 'suicidal_thoughts', 'method')], de, 'de')).toMatch(
      /^Einige Wörter hier handeln von Schaden \(einem Plan, Suizidgedanken und einer Möglichkeit, Ihr Leben zu beenden\)/,
    );
    expect(renderParts([crisis('plan')], de, 'de')).toMatch(/\(einem Plan\)/);
  });

  it('an "or" list, numbers with their unit and instants in a time zone, in English and German', () => {
    const words = (args: MessagePart['args']) => [{ key: 'finding_msg_crisis_practice_line' as const, args }];
    const list = { list: ['a', 'b', 'c'], type: 'or' as const };
    expect(renderParts(words([list]), en, 'en-GB')).toBe('a, b or c: urgent line');
    expect(renderParts(words([list]), de, 'de')).toBe('a, b oder c: Nummer für dringende Fälle');
    const minutes = (n: number) => renderParts(words([{ number: n, unit: 'minute' }]), de, 'de');
    expect([minutes(1), minutes(12)]).toEqual([
      '1 Minute: Nummer für dringende Fälle',
      '12 Minuten: Nummer für dringende Fälle',
    ]);
    expect(renderParts(words([{ number: 2000 }]), en, 'en-GB')).toBe('2,000: urgent line');
    const at = (style: 'day-time' | 'weekday-time' | 'date' | 'weekday' | 'day' | 'time', locale = 'de') =>
      renderParts(
        words([{ instant: '2026-11-24T09:00:00Z', zone: 'Europe/Berlin', style }]),
        locale === 'de' ? de : en,
        locale,
      );
    expect(at('day-time', 'en-GB')).toBe('Tuesday 24 November at 10:00: urgent line');
    expect(at('day-time')).toMatch(/^Dienstag, 24\. November um 10:00:/);
    expect(at('weekday-time')).toMatch(/^Dienstag, 10:00:/);
    expect(at('date')).toMatch(/^24\. November 2026:/);
    expect(at('weekday')).toMatch(/^Dienstag:/);
    expect(at('day')).toMatch(/^Dienstag, 24\. November:/);
    expect(at('time')).toMatch(/^10:00:/);
  });

  it('joins sentences with a space', () => {
    const two: MessagePart[] = [crisis('plan'), { key: 'finding_msg_crisis_practice_line', args: ['Calm'] }];
    expect(renderParts(two, en, 'en-GB')).toMatch(/at any hour\. Calm: urgent line$/);
  });

  it('gives no words for a key or phrase the catalogue lacks, an unknown zone or an unreadable instant', () => {
    const missing = [{ key: 'finding_msg_nope' as never }];
    expect(renderParts(missing, en, 'en-GB')).toBeUndefined();
    expect(renderParts([crisis('nope')], de, 'de')).toBeUndefined();
    const line = (args: MessagePart['args']) => [{ key: 'finding_msg_crisis_practice_line' as const, args }];
    expect(
      renderParts(line([{ instant: '2026-11-24T09:00:00Z', zone: 'Mars/Olympus', style: 'time' }]), de, 'de'),
    ).toBeUndefined();
    expect(renderParts(line([{ instant: 'soon', zone: 'UTC', style: 'time' }]), de, 'de')).toBeUndefined();
    expect(renderParts(line(['x']), () => '', 'de')).toBeUndefined();
  });

  it('the English message of parts is the English catalogue’s reading of them', () => {
    const parts = [crisis('intent', 'plan')];
    expect(englishMessage(parts)).toBe(renderParts(parts, en, 'en-GB'));
    expect(englishMessage(parts)).toContain('(meaning to act and a plan)');
  });
});
