/** Hash routes (`#/sms`, `#/reports/<id>`): the server needs only to serve index.html. Pure. */

export const RouteName = [
  'sms',
  'extract',
  'indicators',
  'watches',
  'alerts',
  'reports',
  'settings',
] as const;
export type RouteName = (typeof RouteName)[number];

export interface Route {
  readonly name: RouteName | 'not-found';
  readonly params: readonly string[];
}

/** Parses `location.hash`; the empty hash is the SMS check. */
export function toRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  const parts = path === '' ? [] : path.split('/');
  const [head, ...rest] = parts;
  if (head === undefined) return { name: 'sms', params: [] };
  const name = RouteName.find((r) => r === head);
  if (!name) return { name: 'not-found', params: [] };
  const params: string[] = [];
  for (const p of rest) {
    try {
      params.push(decodeURIComponent(p));
    } catch {
      // A malformed escape is not a route.
      return { name: 'not-found', params: [] };
    }
  }
  return { name, params };
}
