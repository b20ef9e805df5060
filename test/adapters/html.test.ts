import { htmlToText } from '../../src/adapters/zendesk/html';

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
