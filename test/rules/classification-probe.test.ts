import { assess, DEFAULT_SETTINGS, type Behaviour } from '../../src/rules';
import { context, NOW } from './build';

// The whole classification — lexicons, learned model and the table — on sentences of the families the issue named.
// Written for this test; none is in a labelled set the model learned from.
const primary = (text: string): Behaviour => assess(context({ comments: [text] }), DEFAULT_SETTINGS, NOW).behaviour.primary;
const ESCALATING = new Set<Behaviour>(['legal_threat', 'review_extortion', 'belligerent', 'willful_ignorance']);

const innocent = [
  "Sue from your billing team said the refund was sent on Monday, but I can't see it yet.",
  'Is this the blender from that lawsuit in the news?',
  'Our lawyer will contact you to sign the enterprise contract.',
  'What is your chargeback policy?',
  'What is the price difference between the two plans?',
  'Thieves stole the parcel from my porch, can you help?',
];

const threats: [Behaviour, string][] = [
  ['legal_threat', 'see you in small claims court'],
  ['legal_threat', 'Refund me by Friday or my solicitor will be in touch.'],
  ['payment_dispute', "I've already asked my bank to reverse the payment."],
  ['review_extortion', 'Refund me or the one-star review goes up on Trustpilot tonight.'],
  ['belligerent', 'you people are useless idiots'],
  ['belligerent', 'this app is f***ing garbage'],
  // Precedence (SPEC §4): abuse beside a lawsuit is still a legal threat, in either language.
  ['legal_threat', "You're all idiots who never read a thing. Third time explaining this: refund me within two days or I'll file a lawsuit against you."],
  ['legal_threat', 'انتو فعلا اغبياء وما تفهموا شي، ثالث مرة اشرح نفس المشكلة. إذا لم يتم رد المبلغ خلال يومين سأرفع دعوى قضائية ضدكم'],
];

describe('the classification on the families the lexicons used to get wrong', () => {
  it.each(innocent)('warns or ends nothing for an innocent message: %s', (text) => {
    expect(ESCALATING.has(primary(text))).toBe(false);
    expect(primary(text)).not.toBe('payment_dispute');
  });

  it.each(threats)('reads %s in: %s', (behaviour, text) => {
    expect(primary(text)).toBe(behaviour);
  });
});
