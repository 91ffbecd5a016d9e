import { describe, expect, it } from 'vitest';
import { BRIDGE_MARK, isBridgeRequest } from '../../../../shared/domain/link/link-bridge.ts';

describe('the Firefox bridge passes on only what is marked as the course’s link message', () => {
  it('takes a marked message', () => {
    expect(isBridgeRequest({ mark: BRIDGE_MARK, message: { type: 'link-hello', payload: {} } })).toBe(true);
  });

  it('leaves anything else posted to the page alone', () => {
    for (const other of [null, 'alongside-course-link', { mark: 'something-else', message: {} }, { mark: BRIDGE_MARK }, { type: 'link-hello', payload: {} }]) {
      expect(isBridgeRequest(other)).toBe(false);
    }
  });
});
