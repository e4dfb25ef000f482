/**
 * What an integrator writes against the generated types (`openapi-typescript` + `openapi-fetch`). The check
 * compiles this file against types freshly generated from openapi.json, so a contract change that breaks a
 * typed client breaks the build.
 */
import createClient from 'openapi-fetch';
import type { paths } from './schema.js';

export async function integratorCalls(baseUrl: string, token: string, agreementId: string) {
  const client = createClient<paths>({ baseUrl, headers: { authorization: `Bearer ${token}` } });
  const me = await client.GET('/api/v1/me');
  const agreements = await client.GET('/api/v1/agreements', { params: { query: { q: 'hợp tác', pageSize: 50 } } });
  const agreement = await client.GET('/api/v1/agreements/{agreementId}', { params: { path: { agreementId } } });
  const titles: string[] = agreements.data?.items.map((item) => item.title.vi) ?? [];
  const failure: string | undefined = agreement.error?.error.code;
  return { email: me.data?.user.email, titles, failure, version: agreement.data?.version };
}
