import type { CustomerTagResult } from '../../shared/adapter';
import type { RetryPolicy } from '../../shared/retry';
import { requestJson } from './request';
import type { ZafClient } from './zaf';

/**
 * Adds `tag` to the requester's user tags or removes it, through the Users API (`PUT` adds to the list, `DELETE` takes
 * off only the tags named). Nothing is written when the tags already agree; `known` follows each write.
 */
export async function syncUserTag(client: ZafClient, known: { id: string; tags: Set<string> }, tag: string, present: boolean, policy: RetryPolicy): Promise<CustomerTagResult> {
  if (known.tags.has(tag) === present) return 'unchanged';
  await requestJson(client, {
    url: `/api/v2/users/${encodeURIComponent(known.id)}/tags.json`,
    type: present ? 'PUT' : 'DELETE',
    contentType: 'application/json',
    data: JSON.stringify({ tags: [tag] }),
  }, policy);
  if (present) known.tags.add(tag);
  else known.tags.delete(tag);
  return present ? 'added' : 'removed';
}
