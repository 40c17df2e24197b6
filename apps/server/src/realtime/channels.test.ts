import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { channelsOfRecord, parseChannel } from './channels.ts';
import { parseNotice } from './notifier.ts';

const id = randomUUID();

describe('realtime channel names', () => {
  it('reads record, job and access channels', () => {
    expect(parseChannel(`record:site:${id}`)).toEqual({ kind: 'record', recordKind: 'site', recordId: id });
    expect(parseChannel(`job:${id}`)).toEqual({ kind: 'record', recordKind: 'job', recordId: id });
    expect(parseChannel(`user:${id}`)).toEqual({ kind: 'user', userId: id });
    expect(parseChannel(`access:briefing:${id}`)).toEqual({
      kind: 'access',
      recordKind: 'briefing',
      recordId: id,
    });
  });

  it("reads a part of a record's channel", () => {
    expect(parseChannel(`record:exercise:${id}:org-${id}`)).toEqual({ kind: 'record', recordKind: 'exercise', recordId: id, part: `org-${id}` });
  });

  it('refuses unknown kinds, bad ids, extra parts and other prefixes', () => {
    for (const name of [
      `record:nothing:${id}`,
      'record:site:42',
      `record:site:${id}:X`,
      `record:site:${id}:-x`,
      `record:site:${id}:x:y`,
      `record:job:${id}:x`,
      `record:site:${id}:${'x'.repeat(49)}`,
      `job:${id}:x`,
      `user:${id}:x`,
      'user:42',
      'user:',
      `site:${id}`,
      '',
      'job:',
    ]) {
      expect(parseChannel(name), name).toBeNull();
    }
  });

  it('names both channels of a job for revocation', () => {
    expect(channelsOfRecord('job', id)).toEqual([`record:job:${id}`, `job:${id}`]);
    expect(channelsOfRecord('site', id)).toEqual([`record:site:${id}`]);
  });
});

describe('notices', () => {
  it('reads "<seq> <channel>" and nothing else', () => {
    expect(parseNotice(`12 job:${id}`)).toEqual({ seq: 12, channel: `job:${id}` });
    for (const text of ['', '12', 'x job:1', '-1 job:1', '0 job:1', ' job:1'])
      expect(parseNotice(text), text).toBeNull();
  });
});
