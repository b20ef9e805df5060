import { assess, DEFAULT_SETTINGS, type Behaviour } from '../../src/rules';
import { context, NOW } from './build';

/** The primary behaviour of one customer message from a customer with no history. */
const behaviourOf = (...comments: string[]): Behaviour => assess(context({ comments }), DEFAULT_SETTINGS, NOW).behaviour.primary;

// Sentences written for these tests, in the many ways customers put things; none is copied from the corpus.
const cases: [Behaviour, string][] = [
  ['legal_threat', 'Fix this by Thursday or I will take you to small claims court.'],
  ['legal_threat', 'My attorney has already been drafting a demand letter about your billing.'],
  ['legal_threat', 'Consider this notice: my solicitors will be in touch next week.'],
  ['legal_threat', 'If you keep ignoring me, the next step is a lawyer.'],
  ['legal_threat', 'We will commence proceedings against your company without further warning.'],
  ['legal_threat', 'I have lodged a complaint with the state consumer protection office about you.'],
  ['legal_threat', "I'm reporting your company to the Federal Trade Commission today."],
  ['legal_threat', 'Expect to hear from my l.a.w.y.e.r shortly.'],
  ['payment_dispute', "Unless the money is back by Monday I'm disputing the payment with PayPal."],
  ['payment_dispute', 'My card company opened a dispute on the renewal charge this morning.'],
  ['payment_dispute', "If it isn't fixed by Friday I will dispute the charge with my bank."],
  ['payment_dispute', 'I rang Barclaycard to get my money back, they are on it.'],
  ['payment_dispute', 'I have flagged the transaction as fraudulent.'],
  ['payment_dispute', 'Send the replacement or I will file a charge-back.'],
  ['payment_dispute', 'I told my bank about it and they are reversing the charge.'],
  ['review_extortion', 'Give me the annual plan for free or I am posting about this on Reddit.'],
  ['review_extortion', "Refund me today, otherwise my YouTube channel hears the whole thing."],
  ['review_extortion', 'I will change my review to five stars once the refund lands.'],
  ['review_extortion', 'I am leaving a one star review everywhere I can.'],
  ['review_extortion', 'Until I get compensation I will keep tweeting about your company.'],
  ['review_extortion', 'I have 25k followers on TikTok. Sort this out or they will all know.'],
  ['belligerent', 'You people are absolute morons.'],
  ['belligerent', 'Is there anyone at your company who can actually read?'],
  ['belligerent', 'This app is a pile of garbage and so is your support.'],
  ['belligerent', 'Honestly, you lot are complete clowns.'],
  ['belligerent', 'Stop sending me links, you useless idiots.'],
  ['unreasonable_demand', 'I know it is past the 30-day window but I want a refund, Amazon would do it.'],
  ['unreasonable_demand', 'I want my money back plus three months free for the hassle.'],
  ['unreasonable_demand', 'As a loyal customer I expect a free upgrade to the premium tier.'],
  ['customer_error', 'I accidentally bought the yearly plan instead of the monthly one.'],
  ['customer_error', 'I gave you my previous address, the parcel went to my old flat.'],
  ['customer_error', 'I entered my zip code wrong at checkout, can you redirect it?'],
  ['customer_error', 'The carrier says it was delivered yesterday but there is nothing at my door.'],
  ['customer_error', 'I overlooked the renewal notice and the plan renewed.'],
  ['customer_error', 'I picked the wrong size, can I swap it?'],
  ['customer_error', "I didn't check the dimensions and it does not fit my desk."],
  ['customer_error', 'Embarrassing, but I meant to order the black one.'],
  ['belligerent', 'What a bunch of incompetent clowns.'],
  ['belligerent', 'Get me a manager who knows what they are doing.'],
  ['belligerent', 'You guys are a joke.'],
  ["legal_threat", "I'll be seeing you in court."],
  ['legal_threat', 'I am contacting a solicitor about this tomorrow.'],
  ['legal_threat', 'Refund me or I will sue.'],
  ['payment_dispute', 'I will just do a chargeback then.'],
  ['payment_dispute', 'Already disputed the charge with Amex.'],
  ['review_extortion', 'Fix this or I will leave a bad review on Trustpilot.'],
  ["review_extortion", "Give me a refund and I'll take down my 1 star review."],
  ['review_extortion', 'Do the right thing or everyone on my Facebook will hear about it.'],
  ['customer_error', 'I forgot to cancel my trial and got billed.'],
  ['customer_error', 'Package says delivered but I never got it.'],
  ['customer_error', 'I typed the wrong email address when I ordered.'],
  ["unreasonable_demand", "I want a full refund even though I've used it for 8 months."],
  ['unreasonable_demand', 'I want a brand new replacement for free, I dropped it in the pool.'],
  ['legal_threat', 'This is going to my lawyer.'],
  ['legal_threat', 'I am prepared to take legal action if necessary.'],
  ['legal_threat', 'Expect a letter from my attorney.'],
  ["legal_threat", "I've instructed a solicitor to recover the amount."],
  ['legal_threat', 'I will be filing a claim in small claims court.'],
  ['legal_threat', 'I will report you to trading standards.'],
  ["payment_dispute", "I've asked my bank to reverse the payment."],
  ["payment_dispute", "I'm going to charge it back."],
  ['payment_dispute', 'PayPal claim opened.'],
  ['payment_dispute', 'My credit card company is investigating the charge.'],
  ["review_extortion", "Make it right or I'll make sure everyone knows how you treat customers."],
  ["review_extortion", "If this isn't resolved I'll be warning people on the Facebook group."],
  ["review_extortion", "A refund and I'll delete the review."],
  ['review_extortion', 'Sort it or my 10,000 subscribers will hear all about it.'],
  ['belligerent', 'Are you stupid or just pretending?'],
  ['belligerent', 'What a useless bunch of amateurs.'],
  ['belligerent', 'Your support is a f***ing joke.'],
  ['belligerent', 'Shut up and refund me, you incompetent fools.'],
  ['customer_error', 'Oops, I ordered two instead of one.'],
  ['customer_error', 'I forgot to update my shipping address after I moved.'],
  ['customer_error', 'It says it was delivered to my mailbox but it is empty.'],
  ["customer_error", "I didn't realise the subscription renews automatically."],
  ['customer_error', 'I bought it by accident, can I return it?'],
  ["unreasonable_demand", "I know the policy is 14 days but it's been 2 months, please make an exception."],
  ['unreasonable_demand', 'Amazon gives free returns on everything, so should you.'],
  ['unreasonable_demand', 'I expect at least $200 credit for the inconvenience.'],
  // Families added after a held-out set showed them missing; each written here in words of its own.
  ['payment_dispute', 'I am phoning Amex tonight and telling them the goods never came.'],
  ['payment_dispute', 'My bank knows about this already. If nothing changes I will open a dispute with them.'],
  ['payment_dispute', 'Visa has opened an investigation into your charge.'],
  ['review_extortion', 'I run a pretty big audience on YouTube, and unless this is refunded they will hear about it.'],
  ['review_extortion', 'Refund the order, otherwise my next video is about your shop.'],
  ['review_extortion', 'Be a shame if this ended up all over TikTok. Just saying.'],
  ['review_extortion', 'Unless I hear back today I will warn all my neighbours to steer clear of you.'],
  ['review_extortion', "Waive the fee and I won't post the review I drafted."],
  ['belligerent', 'Are you guys really that dumb?'],
  ['belligerent', 'Your agent has no idea what she is doing.'],
  ['belligerent', 'Shut up and fix my account.'],
  ['belligerent', 'Thieving scumbags, the lot of you.'],
  ['belligerent', 'worst f@cking checkout ever'],
  ['unreasonable_demand', 'The courier was two hours late, so I want a $300 voucher.'],
  ['unreasonable_demand', 'The sale finished on Sunday but honour the price anyway.'],
  ['unreasonable_demand', 'Match their offer and backdate it to last year.'],
  ['unreasonable_demand', 'Upgrade my plan at no extra cost, the old one still works but I want the new features.'],
  ['unreasonable_demand', "Refund the lot. Sure, I've had it for 14 months, but I'm bored of it."],
  ['customer_error', 'Ordered the wrong voltage model by mistake, my fault.'],
  ["customer_error", "I didn't notice the membership was recurring."],
];

// Hard negatives: text that looks like a threat, an insult or an error but is not.
const negatives: [Behaviour, string][] = [
  ['legitimate', 'I am an attorney and I use your app to bill my clients. How do I add a logo?'],
  ['legitimate', 'Our legal team asked whether you are GDPR compliant. Is there a DPA?'],
  ['legitimate', 'I will not sue anyone, I just want the right size.'],
  ['legitimate', 'Is there a court date field for my law firm calendar?'],
  ['legitimate', "I don't recognise this charge on my card, what is it for?"],
  ['legitimate', "I haven't contacted my bank, I wanted to ask you first about the double charge."],
  ['legitimate', 'I am not disputing anything with my bank, I just want an invoice.'],
  ['legitimate', 'I left a 4 star review on Google last month. Do you ship to Norway?'],
  ['legitimate', 'Once it is fixed I will happily leave you 5 stars!'],
  ['legitimate', 'Saw your post on Instagram about the sale. Is the code still valid?'],
  ['legitimate', 'This is so frustrating, the package is still not here. Damn.'],
  ['legitimate', 'Thank you, I am clueless with computers so this helped a lot.'],
  ['legitimate', 'The scunthorpe office ordered the classic model.'],
  ['legitimate', 'You sent me the wrong colour, I ordered navy and got green.'],
  ['legitimate', 'The box arrived damaged and the glass is cracked.'],
  ['legitimate', 'My new address is 12 Elm Street; please use it for the next order.'],
  ['legitimate', 'Can you assess whether the class starts next week?'],
  ['legitimate', 'Could you post the replacement to my office instead? Or I can pick it up.'],
  ['legitimate', 'I follow you on Instagram and love the new range. Is the blue one back in stock?'],
  ['legitimate', 'Please update my review request email settings, I only want them once a month.'],
  ['legitimate', 'If you can, please tell me when my order ships.'],
  ["legitimate", "Unless I'm mistaken, your Facebook ad said free shipping over $50?"],
  ['legitimate', 'I read the reviews on Trustpilot before buying, all great. When will it arrive?'],
  ['legitimate', 'My bank told me the payment is still pending. Did it go through on your side?'],
  ['legitimate', 'I called my bank and they said the charge came from you. What was it for?'],
  ['legitimate', 'I would never leave a bad review, I just want this sorted.'],
  ['legitimate', 'We are a law firm and need 12 seats. Can you send a quote?'],
  ['legitimate', 'The courier left it at the wrong house, the neighbour brought it over. All fine!'],
  ['legitimate', 'Your app crashes every time I open the reports page.'],
  ["legitimate", "I've been charged twice for the same order, please refund one."],
  ['legitimate', 'Is it possible to change the delivery date?'],
  ['legitimate', 'My lawyer friend recommended your software. Do you offer a trial?'],
  ['legitimate', 'Please remove my old address from my account.'],
  ['legitimate', 'I moved the widget to the sidebar and now it does not show.'],
  ['legitimate', 'The tracking page says label created but nothing since Monday.'],
  ['legitimate', 'Could I change the colour of my order before it ships?'],
  ['legitimate', 'Hi, the zip on my order is wrong because your form autocorrected it. Can you fix it?'],
  ['legitimate', 'My review of your product is coming on my blog next week, loved it! Can you send a press kit?'],
  ['legitimate', 'Please send the invoice to my accountant.'],
  ['legitimate', 'The item was delivered today, thank you so much!'],
  ["legitimate", "I'm disappointed the colour is darker than the photos. Can I exchange it?"],
  ["legitimate", "Honestly I'm a bit annoyed, this is the second delay. When will it ship?"],
  ['legitimate', 'The instructions were unclear, can you help me set up the printer?'],
  ['legitimate', 'Otherwise everything is great. Could you also add gift wrap?'],
  ['legitimate', 'Our team is moving offices; please ship to the new address: 4 Bay Road.'],
  ["legitimate", "I've been a customer for years, any chance of a discount code for my sister?"],
  ['legitimate', 'The dispute with my landlord is over so I can finally receive parcels. Please resend.'],
  ["legitimate", "We'll post the signed contract back to you tomorrow."],
  // Frustration, questions and owed replacements that share words with the families above.
  ['legitimate', 'Are you serious? It has been three weeks.'],
  ['legitimate', "You have no idea how long I've waited for this parcel."],
  ['legitimate', 'Shut up and take my money, the new colour is gorgeous!'],
  ['legitimate', 'Is shipping free of charge to Ireland?'],
  ['legitimate', 'The mug arrived cracked. Please send a replacement free of charge.'],
  ['legitimate', 'I raised a dispute with the venue about the booking, not with you. Can I move my date?'],
  ['legitimate', 'My sister has a big following on Instagram and loves your scarves!'],
  ['legitimate', 'How do I get a refund for the duplicate charge? You billed me twice.'],
];

describe('English lexicon', () => {
  it.each(cases)('reads as %s: %s', (expected, text) => {
    expect(behaviourOf(text)).toBe(expected);
  });

  it.each(negatives)('stays %s for a hard negative: %s', (expected, text) => {
    expect(behaviourOf(text)).toBe(expected);
  });

  it('does not count a threat that only an earlier, quoted mail made', () => {
    const body = 'All sorted now, thanks!\n\nOn Tue, 3 Nov 2026, Ana <ana@example.com> wrote:\n> I will sue you if this is not fixed.';
    expect(behaviourOf(body)).toBe('legitimate');
  });

  it('finds obfuscated threats and insults: spacing, symbols, leetspeak and look-alike letters', () => {
    expect(behaviourOf('I will $ue you')).toBe('legal_threat');
    expect(behaviourOf('my l a w y e r will contact you')).toBe('legal_threat');
    expect(behaviourOf('you are all id1ots')).toBe('belligerent');
    expect(behaviourOf('I will s\u200Bu\u200Be you')).toBe('legal_threat');
    expect(behaviourOf('I will ѕue you')).toBe('legal_threat'); // Cyrillic ѕ
    expect(behaviourOf('c h a r g e b a c k is coming')).toBe('payment_dispute');
  });
});
