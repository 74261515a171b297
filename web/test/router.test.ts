import { describe, expect, it } from 'vitest';
import { parseRoute } from '../src/app/router';

describe('hash routes', () => {
  it('maps #/ and the room screens, upper-casing codes', () => {
    expect(parseRoute('')).toEqual({ name: 'lobby', room: '' });
    expect(parseRoute('#/')).toEqual({ name: 'lobby', room: '' });
    expect(parseRoute('#/?room=k7q2xm')).toEqual({ name: 'lobby', room: 'K7Q2XM' });
    expect(parseRoute('#/room/k7q2xm/trade')).toEqual({ name: 'trade', code: 'K7Q2XM' });
    expect(parseRoute('#/room/K7Q2XM/briefing')).toEqual({ name: 'briefing', code: 'K7Q2XM' });
    expect(parseRoute('#/room/K7Q2XM/instructor')).toEqual({ name: 'instructor', code: 'K7Q2XM' });
    expect(parseRoute('#/room/K7Q2XM/audience/')).toEqual({ name: 'audience', code: 'K7Q2XM' });
    expect(parseRoute('#/room/K7Q2XM/admin')).toEqual({ name: 'lobby', room: '' });
  });
});
