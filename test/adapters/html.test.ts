import { htmlToText } from '../../src/shared/html';

describe('htmlToText', () => {
  it.each([
    ['<p>Hi &amp; bye</p>', 'Hi & bye'],
    ['<p>One</p><p>Two</p>', 'One\nTwo'],
    ['line<br>next<br/>last', 'line\nnext\nlast'],
    ['<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>', '<script>alert(1)</script>'],
    ['<p>safe</p><script>steal()</script><style>p{}</style>', 'safe'],
    ['<img src=x onerror="alert(1)">text', 'text'],
    ['caf&#233; &#x1F600; &nbsp;ok', 'café 😀  ok'],
    ['<ul><li>one</li><li>two</li></ul>', '- one\n- two'],
    ['مرحبا <b>بكم</b>', 'مرحبا بكم'],
  ])('turns %j into plain text', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it('turns quoted mail into ">" lines so the rules can strip it', () => {
    const html = '<p>Still waiting.</p><blockquote><p>On Monday you wrote:</p><p>I will sue you</p></blockquote>';
    expect(htmlToText(html)).toBe('Still waiting.\n\n> On Monday you wrote:\n> I will sue you');
  });

  it('leaves an entity it does not know as it was, and never decodes an invalid code point', () => {
    expect(htmlToText('&bogus; &#xD800; &#99999999;')).toBe('&bogus; &#xD800; &#99999999;');
  });
});

describe('htmlToText on hostile markup', () => {
  // Sized so that work growing with the square of the input takes minutes (8 000 levels took 2.6 s before): the
  // test's own timeout is the bound, no timing is asserted.
  it('reads 50 000 nested quotes, a line at each level, as quoted lines of at most ten ">"', () => {
    const levels = 50_000;
    const text = htmlToText(`${'<blockquote>quoted'.repeat(levels)}${'</blockquote>'.repeat(levels)}<p>mine</p>`);
    const lines = text.split('\n');
    expect(lines).toHaveLength(levels + 1);
    expect(lines[2]).toBe('> > > quoted');
    expect(lines[levels - 1]).toBe(`${'> '.repeat(10)}quoted`);
    expect(lines[levels]).toBe('mine');
  });

  it('keeps a long run of "<" that opens no tag as text', () => {
    expect(htmlToText(`${'<'.repeat(500_000)} I will sue you`)).toBe(`${'<'.repeat(500_000)} I will sue you`);
  });

  it('keeps "<a" without any ">" after it as text', () => {
    expect(htmlToText(`${'<a'.repeat(200_000)}!`)).toHaveLength(400_001);
  });

  it('ends the text at an unclosed comment, as the browser showing the ticket does', () => {
    expect(htmlToText(`kept ${'<!--'.repeat(200_000)} hidden`)).toBe('kept');
  });

  it('drops an unclosed script to the end, as the browser does', () => {
    expect(htmlToText(`kept${'<script>'.repeat(100_000)}`)).toBe('kept');
  });

  it('quotes every line of a quote and each nested level once', () => {
    expect(htmlToText('<blockquote>one<br>two<blockquote>three</blockquote>four</blockquote>after')).toBe('> one\n> two\n> > three\n> four\nafter');
  });
});
