/**
 * Which area's Lambda API Gateway sends a request to, by HTTP API's rule: a route without a greedy
 * {proxy+} beats one with it, and among greedy routes the longest prefix wins.
 */
import { API_AREAS, type ApiAreaSpec } from '../../../infra/lib/api-areas';

function matches(route: string, path: string): { greedy: boolean; length: number } | undefined {
  const routeParts = route.split('/');
  const pathParts = path.split('/');
  for (const [i, part] of routeParts.entries()) {
    if (part === '{proxy+}') {
      return pathParts.length > i ? { greedy: true, length: i } : undefined;
    }
    if (pathParts[i] === undefined) return undefined;
    if (!part.startsWith('{') && part !== pathParts[i]) return undefined;
  }
  return pathParts.length === routeParts.length ? { greedy: false, length: routeParts.length } : undefined;
}

export function gatewayAreaFor(method: string, path: string): ApiAreaSpec['name'] {
  let best: { area: ApiAreaSpec['name']; greedy: boolean; length: number } | undefined;
  for (const area of API_AREAS) {
    const routes = [...area.routes, ...(method === 'GET' ? area.publicReads : [])];
    for (const route of routes) {
      const match = matches(route, path.split('?')[0] ?? path);
      if (!match) continue;
      const better =
        !best ||
        (best.greedy && !match.greedy) ||
        (best.greedy === match.greedy && match.length > best.length);
      if (better) best = { area: area.name, ...match };
    }
  }
  if (!best) throw new Error(`No gateway route for ${method} ${path}`);
  return best.area;
}
