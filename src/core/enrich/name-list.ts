/**
 * Name lists (public-DNS hostnames, parking nameservers, sinkhole hostnames, special-use names)
 * and hostname matching: an entry covers itself and its sub-domains. Data comes from
 * data/name-lists.generated.ts; the sets are built on first use.
 */
import type { ClassificationKind } from './types.js';

export interface NameListData {
  readonly id: string;
  readonly kind: ClassificationKind;
  readonly label: string;
  readonly source: string;
  /** What is compared: the indicator itself, its NS targets or its CNAME targets. */
  readonly applies: readonly ('self' | 'ns' | 'cname')[];
  /** Lower-case names, one per line. */
  readonly names: string;
}

export interface CompiledNameList {
  readonly data: NameListData;
  readonly names: ReadonlySet<string>;
}

export function compileNameList(data: NameListData): CompiledNameList {
  return { data, names: new Set(data.names.split('\n')) };
}

/** The list entry covering name (itself or a parent domain), or null. */
export function matchNameList(list: CompiledNameList, name: string): string | null {
  let n = name.toLowerCase().replace(/\.$/, '');
  for (;;) {
    if (list.names.has(n)) return n;
    const dot = n.indexOf('.');
    if (dot < 0) return null;
    n = n.slice(dot + 1);
  }
}
