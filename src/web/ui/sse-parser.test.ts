import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { createSseParser, type SseEvent } from './sse-parser.js';

const parseAll = (text: string): SseEvent[] => createSseParser().push(text);

describe('createSseParser', () => {
  it.each([
    [
      'one event',
      'event: alert\nid: 7\ndata: {"a":1}\n\n',
      [{ event: 'alert', data: '{"a":1}', id: '7' }],
    ],
    ['no event name is message', 'data: x\n\n', [{ event: 'message', data: 'x', id: null }]],
    [
      'data lines join with \\n',
      'data: a\ndata: b\n\n',
      [{ event: 'message', data: 'a\nb', id: null }],
    ],
    ['no space after the colon', 'data:x\n\n', [{ event: 'message', data: 'x', id: null }]],
    [
      'CRLF line ends',
      'event: ready\r\ndata: {}\r\n\r\n',
      [{ event: 'ready', data: '{}', id: null }],
    ],
    ['CR line ends', 'data: x\r\rdata: y', [{ event: 'message', data: 'x', id: null }]],
    [
      'comments are skipped',
      ': keep-alive\n\ndata: x\n\n',
      [{ event: 'message', data: 'x', id: null }],
    ],
    ['an event without data is dropped', 'event: ping\n\n', []],
    ['an unfinished event waits', 'data: x\n', []],
    ['a leading BOM is ignored', '\ufeffdata: x\n\n', [{ event: 'message', data: 'x', id: null }]],
    [
      'the id carries over',
      'id: 1\ndata: a\n\ndata: b\n\n',
      [
        { event: 'message', data: 'a', id: '1' },
        { event: 'message', data: 'b', id: '1' },
      ],
    ],
  ])('%s', (_name, input, expected) => {
    expect(parseAll(input)).toEqual(expected);
  });

  it('reads the retry advice', () => {
    const p = createSseParser();
    p.push('retry: 2500\n\n');
    expect(p.retryMs).toBe(2500);
  });

  it('waits for the \\n of a \\r\\n cut between chunks', () => {
    const p = createSseParser();
    expect(p.push('data: x\r')).toEqual([]);
    expect(p.push('\n\r\n')).toEqual([{ event: 'message', data: 'x', id: null }]);
  });

  const stream = fc
    .array(
      fc.record({
        event: fc.constantFrom('alert', 'ready', 'message'),
        data: fc.string({ maxLength: 40 }).filter((s) => !/[\r\n]/.test(s)),
      }),
      { maxLength: 8 },
    )
    .map((events) => events.map((e) => `event: ${e.event}\ndata: ${e.data}\n\n`).join(''));

  test.prop([stream, fc.array(fc.nat(), { maxLength: 10 })])(
    'gives the same events however the stream is cut',
    (text, cuts) => {
      const p = createSseParser();
      const got: SseEvent[] = [];
      let at = 0;
      for (const c of [...cuts.map((n) => n % (text.length + 1))].sort((a, b) => a - b)) {
        got.push(...p.push(text.slice(at, c)));
        at = c;
      }
      got.push(...p.push(text.slice(at)));
      expect(got).toEqual(parseAll(text));
    },
  );
});
