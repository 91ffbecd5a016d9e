import { describe, expect, it } from 'vitest';
import { checkLinkMessage } from '../../../../shared/domain/link/link-protocol.ts';
import { emptySnapshot } from '../../../../shared/domain/link/toolkit-sync.ts';

const COURSE = 'http://localhost:4173';
const from = { origin: COURSE, url: `${COURSE}/settings` };

describe('link messages from the course', () => {
  it('accepts the course origin and well-formed messages', () => {
    expect(checkLinkMessage({ type: 'link-hello', payload: {} }, from, COURSE)).toMatchObject({ ok: true, type: 'link-hello' });
    const snapshot = emptySnapshot();
    snapshot.records.boundaries.push({ id: 'b1', createdAt: 1, updatedAt: 2, situation: 's', action: 'a', reason: 'r' });
    snapshot.tombstones.push({ store: 'plans', recordId: 'p1', deletedAt: 3 });
    expect(checkLinkMessage({ type: 'sync', payload: { snapshot } }, from, COURSE)).toEqual({ ok: true, type: 'sync', payload: { snapshot } });
  });

  it('carries a plan’s blank fills, what they might say and what to have ready, and plans saved before them', () => {
    const snapshot = emptySnapshot();
    const plan = { id: 'p1', createdAt: 1, updatedAt: 2, who: '', about: 'money', goal: '', timeAndPlace: '', opening: '', keyPoints: [], promptIds: ['x'], avoid: '', exitLine: '', afterCare: '' };
    snapshot.records.plans.push(plan, { ...plan, id: 'p2', promptFills: { x: { feeling: 'worried' } } }, { ...plan, id: 'p3', theyMightSay: ['Not now.'], ready: ['A ride there'] });
    expect(checkLinkMessage({ type: 'sync', payload: { snapshot } }, from, COURSE)).toEqual({ ok: true, type: 'sync', payload: { snapshot } });
    const bad = emptySnapshot();
    (bad.records.plans as unknown[]).push({ ...plan, promptFills: { x: 'worried' } });
    expect(checkLinkMessage({ type: 'sync', payload: { snapshot: bad } }, from, COURSE)).toMatchObject({ ok: false });
  });

  it('refuses other origins, even when the payload names the course', () => {
    expect(checkLinkMessage({ type: 'link-accept', payload: {} }, { origin: 'https://evil.example' }, COURSE)).toMatchObject({ ok: false });
    expect(checkLinkMessage({ type: 'link-accept', payload: {} }, { url: 'http://localhost:4174/' }, COURSE)).toMatchObject({ ok: false });
    expect(checkLinkMessage({ type: 'link-accept', payload: {} }, {}, COURSE)).toMatchObject({ ok: false });
  });

  it('refuses unknown types and bad payloads', () => {
    expect(checkLinkMessage({ type: 'plans-changed', payload: {} }, from, COURSE)).toMatchObject({ ok: false });
    expect(checkLinkMessage({ type: 'link-hello', payload: { extra: 1 } }, from, COURSE)).toMatchObject({ ok: false });
    const bad = emptySnapshot();
    (bad.records.boundaries as unknown[]).push({ id: 'b1', updatedAt: 'yesterday' });
    expect(checkLinkMessage({ type: 'sync', payload: { snapshot: bad } }, from, COURSE)).toMatchObject({ ok: false });
    expect(checkLinkMessage({ type: 'sync', payload: { snapshot: { ...emptySnapshot(), tombstones: [{ store: 'journal', recordId: 'x', deletedAt: 1 }] } } }, from, COURSE)).toMatchObject({ ok: false });
    expect(checkLinkMessage('hello', from, COURSE)).toMatchObject({ ok: false });
  });
});
