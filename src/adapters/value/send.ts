import type { ZafRequestOptions } from '../zendesk/zaf';

/** One JSON request with the retry and timeout policy applied (zendesk/request.ts's requestJson, bound). */
export type Send = (options: ZafRequestOptions) => Promise<unknown>;
