import type { Alert } from '@presswatch/domain';
import { describe, expect, it } from 'vitest';
import { AlertTransitionError, acknowledgeIfNew, addNote, assign, transition } from '../src/index.ts';

const alert: Alert = {
  id: 'al_1',
  kind: 'match',
  ruleId: 'r1',
  clusterId: null,
  itemIds: ['i1'],
  topics: [],
  spike: null,
  status: 'new',
  assigneeId: null,
  notes: [],
  createdAt: '2026-03-10T00:00:00.000Z',
  updatedAt: '2026-03-10T00:00:00.000Z',
  lastMatchAt: '2026-03-10T00:00:00.000Z',
  resolvedAt: null,
};
const by = (at: string, note?: string) => ({ actor: 'user:u1', at, note });

describe('alert lifecycle', () => {
  it('goes new → acknowledged → assigned → resolved with notes', () => {
    const acked = transition(alert, 'acknowledged', by('2026-03-10T01:00:00Z'));
    const assigned = assign(acked, 'u2', by('2026-03-10T02:00:00Z', 'Anh Hùng xử lý'));
    const resolved = transition(assigned, 'resolved', by('2026-03-10T03:00:00Z', 'Đã đăng bài đính chính'));
    expect(resolved).toMatchObject({
      status: 'resolved',
      assigneeId: 'u2',
      resolvedAt: '2026-03-10T03:00:00Z',
    });
    expect(resolved.notes.map((n) => [n.author, n.text])).toEqual([
      ['user:u1', 'Anh Hùng xử lý'],
      ['user:u1', 'Đã đăng bài đính chính'],
    ]);
  });

  it('refuses transitions that skip or go backwards, except reopening', () => {
    expect(() => transition(alert, 'assigned', by('t'))).toThrow(AlertTransitionError);
    const resolved = transition(alert, 'resolved', by('t'));
    expect(() => assign(resolved, 'u2', by('t'))).toThrow(AlertTransitionError);
    expect(() => transition(resolved, 'new', by('t'))).toThrow(AlertTransitionError);
    expect(transition(resolved, 'acknowledged', by('t2'))).toMatchObject({
      status: 'acknowledged',
      resolvedAt: null,
    });
  });

  it('acknowledges in bulk only what is new, and keeps notes', () => {
    const assigned = assign(alert, 'u2', by('t'));
    expect(acknowledgeIfNew(assigned, by('t2'))).toBe(assigned);
    expect(acknowledgeIfNew(alert, by('t2')).status).toBe('acknowledged');
    expect(addNote(alert, { ...by('t3'), note: '  Theo dõi thêm  ' }).notes).toEqual([
      { at: 't3', author: 'user:u1', text: 'Theo dõi thêm' },
    ]);
  });
});
