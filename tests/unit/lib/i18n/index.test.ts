import { afterEach, describe, expect, it } from 'vitest';
import { format, rememberingLookup, setTranslator, t, type Translator } from '../../../../lib/i18n';
import { catalogueLanguage } from '../../../../lib/i18n/language';
import { englishTranslator } from '../../../../lib/i18n/english';

describe('format: the browser i18n.getMessage rules', () => {
  const entry = {
    message: 'Send to $WHO$ at $TIME$, costs $$5',
    placeholders: { who: { content: '$1' }, time: { content: '$2' } },
  };

  it('fills named placeholders from the substitutions, case-insensitively, and reads $$ as $', () => {
    expect(format(entry, ['Maya Lee', '9:00'])).toBe('Send to Maya Lee at 9:00, costs $5');
  });

  it('leaves a missing substitution empty and an unknown $NAME$ as written', () => {
    expect(format(entry, ['Maya Lee'])).toBe('Send to Maya Lee at , costs $5');
    expect(format({ message: 'a $NOPE$ b' }, [])).toBe('a $NOPE$ b');
  });
});

describe('t', () => {
  afterEach(() => setTranslator(englishTranslator));

  it('reads English from the catalogue in the unit tests (and in Node)', () => {
    expect(t('selfcheck_message', 2)).toBe('Message 2');
  });

  it('asks the installed lookup, with the substitutions as strings', () => {
    setTranslator((key, subs) => (key === 'selfcheck_message' ? `Nachricht ${subs[0]}` : ''));
    expect(t('selfcheck_message', 3)).toBe('Nachricht 3');
  });
});

describe('rememberingLookup: words after the extension went away', () => {
  const gone = () => {
    throw new Error('Extension context invalidated.');
  };

  it('answers warm keys and words found before once the lookup throws', () => {
    let lookup: Translator = (key, subs) => `${key}:${subs.join(',')}`;
    const remembered = rememberingLookup((key, subs) => lookup(key, subs), ['finding_title_crisis']);
    expect(remembered('selfcheck_message', ['2'])).toBe('selfcheck_message:2');
    lookup = gone;
    expect(remembered('finding_title_crisis', [])).toBe('finding_title_crisis:');
    expect(remembered('selfcheck_message', ['2'])).toBe('selfcheck_message:2');
  });

  it('never throws: a key it never found shows as itself, as does one the browser lacks', () => {
    const remembered = rememberingLookup(gone);
    expect(remembered('selfcheck_message', ['2'])).toBe('selfcheck_message');
    expect(rememberingLookup(() => '')('selfcheck_message', [])).toBe('selfcheck_message');
  });
});

describe('rememberingLookup: warm keys with placeholders', () => {
  it('fills a warm key read before the extension went away with any later substitutions', () => {
    let gone = false;
    const remembered = rememberingLookup(
      (key, subs) => {
        if (gone) throw new Error('Extension context invalidated.');
        return key === 'selfcheck_message' ? `Nachricht ${subs[0] ?? ''}` : '';
      },
      ['selfcheck_message'],
    );
    gone = true;
    expect(remembered('selfcheck_message', ['7'])).toBe('Nachricht 7');
    expect(remembered('selfcheck_message', ['12'])).toBe('Nachricht 12');
  });
});

describe('catalogueLanguage: the <html lang dir> of an extension page', () => {
  afterEach(() => setTranslator(englishTranslator));
  const catalogueSaying =
    (tag: string): Translator =>
    (key, subs) =>
      key === 'options_locale' ? tag : englishTranslator(key, subs);

  it("is the catalogue's own tag, not the browser's: English's is en-GB", () => {
    setTranslator(englishTranslator);
    expect(catalogueLanguage()).toEqual({ lang: 'en-GB', dir: 'ltr' });
    setTranslator(catalogueSaying('de'));
    expect(catalogueLanguage()).toEqual({ lang: 'de', dir: 'ltr' });
  });

  it('writes a right-to-left language right to left, by its primary subtag', () => {
    setTranslator(catalogueSaying('ar-EG'));
    expect(catalogueLanguage()).toEqual({ lang: 'ar-EG', dir: 'rtl' });
    setTranslator(catalogueSaying('he'));
    expect(catalogueLanguage().dir).toBe('rtl');
    setTranslator(catalogueSaying('fr-CA'));
    expect(catalogueLanguage().dir).toBe('ltr');
  });
});
