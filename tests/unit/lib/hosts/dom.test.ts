// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { editorText } from '../../../../lib/hosts/dom';
import { GMAIL } from '../../../../lib/hosts/gmail/selectors';
import { fromHtml } from '../../support/html';

function text(html: string, excluded = GMAIL.bodyExcluded): string {
  const root = document.createElement('div');
  root.append(fromHtml(html));
  return editorText(root, excluded);
}

describe('editorText', () => {
  it('puts block elements on their own lines', () => {
    expect(text('<div>Hi Maya,</div><div>Could we move Thursday?</div>')).toBe('Hi Maya,\nCould we move Thursday?');
    expect(text('<p>one</p><p>two</p><ul><li>a</li><li>b</li></ul>')).toBe('one\ntwo\na\nb');
  });

  it('turns <br> into a line break, and keeps one blank line', () => {
    expect(text('first<br>second')).toBe('first\nsecond');
    expect(text('<div>first</div><div><br></div><div>second</div>')).toBe('first\n\nsecond');
    expect(text('a<br><br><br><br><br>b')).toBe('a\n\nb');
  });

  it('keeps inline elements on the same line', () => {
    expect(text('<span>Thurs</span><b>day</b> at <i>3</i>')).toBe('Thursday at 3');
  });

  it('leaves out quoted replies and signatures, however deep', () => {
    const html =
      '<div>See you then.</div>' +
      '<div class="gmail_signature" data-smartmail="gmail_signature">-- Jordan<br>555-0100</div>' +
      '<div><div class="gmail_quote">On Mon, Maya wrote:<blockquote>I feel hopeless</blockquote></div></div>';
    expect(text(html)).toBe('See you then.');
  });

  it('leaves out a signature marked only by data-smartmail', () => {
    expect(text('<div>Hi</div><div data-smartmail="gmail_signature">Jordan Park</div>')).toBe('Hi');
  });

  it('turns non-breaking spaces into spaces', () => {
    expect(text('Thursday&nbsp;at&nbsp;3')).toBe('Thursday at 3');
    expect(text('a\u00a0b')).toBe('a b');
  });

  it('leaves out scripts and styles', () => {
    expect(text('<style>.x{}</style>Hello<script>alert(1)</script>')).toBe('Hello');
  });

  it('trims trailing spaces on lines and around the text', () => {
    expect(text('<div>  </div><div>one   </div><div>two</div><div><br></div>')).toBe('one\ntwo');
  });

  it('works on a detached tree', () => {
    const root = document.createElement('div');
    root.append('plain', document.createElement('br'), 'text');
    expect(editorText(root, '.gmail_quote')).toBe('plain\ntext');
  });
});
