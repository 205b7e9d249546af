import { describe, expect, it } from 'vitest';
import { parseAsa } from '../../../parsers/asa/index.js';
import { onlyDevice } from './helpers.js';

/**
 * An ASA logs every connection it builds (302013–302016, level informational): with a syslog
 * host and `logging trap informational`, each permitted flow is on record even without the
 * entry's `log` keyword, so CROSS-SEGMENT-NO-LOG must not report those entries.
 */
const config = (logging: string[]) =>
  [
    'ASA Version 9.16(4)',
    'hostname fw-log',
    'interface GigabitEthernet0/0',
    ' nameif outside',
    ' security-level 0',
    ' ip address 203.0.113.2 255.255.255.0',
    'interface GigabitEthernet0/1',
    ' nameif inside',
    ' security-level 100',
    ' ip address 10.1.1.1 255.255.255.0',
    'access-list INSIDE_IN extended permit tcp 10.1.1.0 255.255.255.0 any eq https',
    'access-list INSIDE_IN extended permit tcp 10.1.1.0 255.255.255.0 any eq ssh log',
    'access-list INSIDE_IN extended deny ip any any',
    'access-group INSIDE_IN in interface inside',
    ...logging,
    ': end',
    '',
  ].join('\n');

function logFlags(logging: string[]): boolean[] {
  const d = onlyDevice(parseAsa(config(logging), 'configs/fw-log.cfg'));
  return d.filters.flatMap((s) => s.rules.filter((r) => !r.implicit).map((r) => r.log));
}

describe('ASA connection logging', () => {
  const host = ['logging enable', 'logging host inside 10.1.1.50'];

  it('only the entries with `log` are logged when connections do not reach a syslog host', () => {
    expect(logFlags([])).toEqual([false, true, false]);
    expect(logFlags([...host, 'logging trap notifications'])).toEqual([false, true, false]);
    expect(logFlags(['logging trap informational', 'logging host inside 10.1.1.50'])).toEqual([false, true, false]);
  });

  it('every permit is logged with trap informational (or debugging, or 6) and a host', () => {
    for (const level of ['informational', 'debugging', '6']) expect(logFlags([...host, `logging trap ${level}`])).toEqual([true, true, false]);
  });

  it('turning the connection messages off undoes it', () => {
    expect(logFlags([...host, 'logging trap informational', 'no logging message 302013'])).toEqual([false, true, false]);
  });

  it('reads the logging lines without warnings', () => {
    const result = parseAsa(config([...host, 'logging trap informational', 'logging timestamp', 'no logging message 106015']), 'configs/fw-log.cfg');
    expect(result.warnings.filter((w) => /logging/.test(w.text))).toEqual([]);
  });
});
