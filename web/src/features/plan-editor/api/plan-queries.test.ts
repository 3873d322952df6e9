import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../lib/api-client';
import { getCallRulesQueryOptions } from './plan-queries';

/** An API whose open calls come in two pages: the second page's call must be asked about too. */
function pagedApi(asked: (string | undefined)[]): ApiClient {
  const call = (id: string) => ({ id, rules: { family: id } });
  const $get = async ({ query }: { query: { cursor?: string } }) => {
    asked.push(query.cursor);
    const body = query.cursor
      ? { items: [call('second-page')] }
      : { items: [call('first-page')], cursor: 'next' };
    return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  };
  return { api: { calls: { $get } } } as unknown as ApiClient;
}

describe('the open calls’ rules the plan editor asks by', () => {
  it('are read from every page, not only the first hundred calls', async () => {
    const asked: (string | undefined)[] = [];
    const rules = await new QueryClient().fetchQuery(getCallRulesQueryOptions(pagedApi(asked), undefined));
    expect(rules.map((r) => r.id)).toEqual(['first-page', 'second-page']);
    expect(asked).toEqual([undefined, 'next']);
  });
});
