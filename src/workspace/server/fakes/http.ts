import type { ApiResponse } from '../../zendeskApi';

/** One request as the workspace's fake APIs see it, after the stand-in proxy put the secure settings in. */
export interface FakeRequest {
  method: string;
  url: URL;
  /** Header names in lower case. */
  headers: Record<string, string>;
}

export type FakeApi = (request: FakeRequest) => ApiResponse;

export const jsonAnswer = (status: number, body: unknown, headers: Record<string, string> = {}): ApiResponse => ({
  status,
  body,
  headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
});
