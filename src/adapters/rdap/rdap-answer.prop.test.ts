import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { jsonDepthExceeds, RdapAnswer, toRdapRecord } from './rdap-answer.js';

const arbEntity = fc.record({
  objectClassName: fc.constant('entity'),
  roles: fc.array(fc.constantFrom('registrant', 'abuse', 'technical'), { maxLength: 2 }),
  vcardArray: fc.oneof(
    fc.constant(['vcard', [['fn', {}, 'text', 'Ministry of Defence']]]),
    fc.jsonValue(),
  ),
});

describe('RDAP answers', () => {
  test.prop([fc.jsonValue()])('parsing any JSON never throws', (json) => {
    const r = RdapAnswer.safeParse(json);
    if (r.success) expect(toRdapRecord(r.data).objectClass).toBeTypeOf('string');
  });

  test.prop([fc.array(arbEntity, { maxLength: 5 })])(
    'entities with any vCard map without throwing',
    (entities) => {
      const r = RdapAnswer.safeParse({ objectClassName: 'ip network', entities });
      expect(r.success).toBe(true);
      if (r.success) expect(toRdapRecord(r.data).entities).toHaveLength(entities.length);
    },
  );

  test.prop([fc.string({ maxLength: 300 })])('the depth check never throws', (s) => {
    expect(typeof jsonDepthExceeds(s, 8)).toBe('boolean');
  });

  it.each([
    ['[[[]]]', 2, true],
    ['[[[]]]', 3, false],
    ['{"a":"[[[[["}', 2, false],
  ])('jsonDepthExceeds(%j, %d) = %s', (s, limit, expected) => {
    expect(jsonDepthExceeds(s, limit)).toBe(expected);
  });
});
