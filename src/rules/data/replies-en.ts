import type { ReplyTemplates } from './replies';

// Slots: {customerName} {agentName} {companyName} {docsUrl} {closureDate} {counselEmail} {exportDays}
// {warningDate} (the warning on record) {customerWords} (the customer's own words behind the behaviour).
// [[…]] is dropped whole when a slot inside it is empty.
export const REPLIES_EN: ReplyTemplates = {
  greeting: 'Hi[[ {customerName}]],',
  signoff: 'Kind regards,[[\n{agentName}]][[\n{companyName}]]',
  reviewReply:
    'Thank you for taking the time to share this[[, {customerName}]]. We are sorry the experience fell short of what you hoped for. We looked into the request and handled it under the same policy we apply to every customer[[, which is set out at {docsUrl}]]. If there is anything more we can help with, please contact our support team directly.[[\n{companyName}]]',
  serviceExport:
    'Your account stays open until {closureDate} so that you can export your data[[ (see {docsUrl})]]; after that date it will be closed.',
  body: {
    terminate_legal:
      'Thank you for your message. As you have raised legal action, we are not able to discuss this matter further here. We have issued a full refund, and we will not be taking further orders from your account. Any further correspondence should go to our counsel[[ at {counselEmail}]].',
    dispute_process:
      'Thank you for letting us know. As this payment is disputed with your bank or card issuer, we will respond through that dispute process, and its outcome will settle the matter. While the dispute is open we are not able to issue a separate refund, replacement or credit.',
    'warning_shot.will':
      'We are glad to help you get the most out of [[{companyName}]][[our product]]. The answer to this question is in our guides[[ at {docsUrl}]], and we ask that you check them first, as they cover this step by step. Our team answers questions the guides do not cover, but we are not able to carry out routine set-up on your behalf. If this pattern continues, we may have to end the service and refund you.',
    'warning_shot.belle':
      'We want to help, and we will. We do ask that messages to our team stay respectful: insults and abusive language are not something we accept. If it happens again, we will close your account and refund your purchase.',
    'warning_shot.xavier':
      'We have looked into your request and will handle it exactly as we would for any customer, under our usual policy. Reviews are yours to write as you see fit; they do not change how we handle a request. If you would like us to go ahead on that basis, please reply and we will.',
    'terminate_with_refund.will':
      'We have answered a number of questions that our guides cover[[ ({docsUrl})]][[, and on {warningDate} we asked that you check them first]], and we do not think we are the right fit for what you need. We have issued a full refund, and we will not be renewing or taking new orders on your account. We wish you the best in finding a service that suits you better.',
    'terminate_with_refund.belle':
      'We asked[[ on {warningDate}]] that messages to our team stay respectful.[[ Your latest message said: "{customerWords}".]] As that has not been possible, we have decided to end our relationship. We have issued a full refund, and we will not be taking further orders from your account. We wish you all the best.',
    'terminate_with_refund.xavier':
      'We explained[[ on {warningDate}]] that threats about reviews do not change how we handle a request.[[ Your latest message said: "{customerWords}".]] As they have continued, we have decided to end our relationship. We have issued a full refund, and we will not be taking further orders from your account. We wish you all the best.',
    walk_away:
      'Thank you for your message. Our relationship ended on an earlier ticket, and your refund was issued then. We are only able to help with exporting your data; we will not be able to assist with anything else.',
    decline_politely:
      'Thank you for asking, and for being a customer. We have looked at this carefully, but it goes beyond what we offer, so we are not able to do it. What we can do is everything our policy promises, and we are happy to help with that.',
    vip_goodwill:
      'Thank you for getting in touch. This one falls outside what our policy covers, but you have been a valued customer and we would like to take care of it for you this time. We are arranging it now and will confirm once it is done.',
    explain_policy:
      'Thank you for getting in touch, and we understand how frustrating this is. This falls outside what we are able to cover, as our policy explains[[ ({docsUrl})]]. We are glad to help you with the next steps within it, and you are welcome to reply with any questions.',
    resolve:
      'Thank you for getting in touch, and sorry for the trouble. We are looking into this now and will make it right; we will update you as soon as it is sorted.',
  },
};
