import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type ExtractResult,
  extractIocs,
  type Ioc,
  type IocType,
  type Relation,
  toStixBundle,
} from '../../index.js';

describe('library API: extractIocs', () => {
  it('keeps its public types', () => {
    expectTypeOf(extractIocs).parameters.toEqualTypeOf<
      [
        text: string,
        options?: { readonly types?: readonly IocType[]; readonly relations?: boolean },
      ]
    >();
    expectTypeOf(extractIocs).returns.toEqualTypeOf<ExtractResult>();
    expectTypeOf<Ioc>().toHaveProperty('offset').toEqualTypeOf<number>();
    expectTypeOf<Relation['type']>().toEqualTypeOf<
      'resolves-to' | 'belongs-to' | 'related-to' | 'contained-in'
    >();
  });

  it('is exported from the package entry with the STIX builder', () => {
    const result = extractIocs('systemsvc[.]net resolves to 213.24.76.23');
    expect(result.relations.map((r) => r.type)).toEqual(['resolves-to']);
    expect(
      toStixBundle(result, { created: '2026-01-01T00:00:00Z' }).objects?.length,
    ).toBeGreaterThan(0);
  });
});
