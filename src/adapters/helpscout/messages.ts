/** What Help Scout's own notifications say after the panel acts; in the agent's language, English by default. */
const MESSAGES = {
  en: {
    replyCopied: 'Reply copied: paste it into the reply editor.',
    noteCopied: 'Note copied: paste it into a new note.',
    draftSaved: 'Reply saved as a draft on this conversation. It has not been sent.',
    addTags: 'Add these tags to the conversation: {tags}',
  },
  ar: {
    replyCopied: 'تم نسخ الرد: الصقه في محرر الرد.',
    noteCopied: 'تم نسخ الملاحظة: الصقها في ملاحظة جديدة.',
    draftSaved: 'حُفظ الرد كمسودة في هذه المحادثة. لم يُرسل.',
    addTags: 'أضف هذه الوسوم إلى المحادثة: {tags}',
  },
} as const;

export type MessageKey = keyof (typeof MESSAGES)['en'];

export function message(locale: string, key: MessageKey, tags: readonly string[] = []): string {
  const table = locale.toLowerCase().startsWith('ar') ? MESSAGES.ar : MESSAGES.en;
  return table[key].replace('{tags}', tags.join(', '));
}
