import { assess, DEFAULT_SETTINGS } from '../../src/rules';
import { context, earlierTickets, NOW } from './build';

const primary = (comment: string, history = 0) =>
  assess(context({ comments: [comment], history: earlierTickets(history) }), DEFAULT_SETTINGS, NOW).behaviour.primary;

describe('classification', () => {
  it('treats a how-to question from a busy customer as willful ignorance', () => {
    expect(primary('How do I add a second user to the account?', 5)).toBe('willful_ignorance');
  });

  it('does not treat a how-to question about our own mistake as willful ignorance, however busy the customer', () => {
    expect(primary('How can I send back the broken kettle?', 5)).toBe('legitimate');
  });

  it('does not treat a how-to question about the customer’s own mistake as willful ignorance', () => {
    expect(primary('I typed my old address by mistake. How do I fix that?', 5)).toBe('customer_error');
  });

  it('does not treat a request to fix our bug as doing the customer’s work', () => {
    expect(primary('Can you fix the bug for me? The export crashes every time.', 5)).toBe('legitimate');
  });

  it('still finds willful ignorance when a busy customer refuses to learn, beside a bug report', () => {
    expect(primary('The export is broken. I am not a tech person, could you just set it up for me?', 5)).toBe('willful_ignorance');
  });

  it('reads a free replacement as owed when we made the mistake', () => {
    expect(primary('It arrived broken, send me a new one for free.')).toBe('legitimate');
  });

  it('reads a free replacement as beyond policy when nothing was wrong', () => {
    expect(primary('Send me the new model for free, mine works fine.')).toBe('unreasonable_demand');
  });

  it('reads no time for the tutorials and a set-up request from a busy customer as willful ignorance', () => {
    expect(primary('I have no time for your video tutorials, could you please set up the shipping rules for me?', 5)).toBe('willful_ignorance');
  });
});
