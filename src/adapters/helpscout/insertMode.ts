import type { InsertBehaviour } from '../../shared/adapter';

/** The API would publish a note at once, so a note is always copied; a reply is a draft only when writing is on. */
export const behaviourFor = (writeDrafts: boolean): InsertBehaviour => ({ reply: writeDrafts ? 'draft' : 'clipboard', note: 'clipboard', tagsApplied: writeDrafts });
