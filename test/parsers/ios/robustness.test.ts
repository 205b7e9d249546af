import fc from 'fast-check';
import { expectNoInternalError, survivesRandomBytes } from '../../helpers/config-tests.js';
import { describe, expect, it } from 'vitest';
import { parseIos } from '../../../parsers/ios/index.js';
import { FIXTURE_NAMES, fixtureText, parseFixture } from './helpers.js';

const HEADER = 'Building configuration...\n\nCurrent configuration : 100 bytes\n!\nversion 17.6\nhostname fuzz\n';

function noInternalError(text: string): void {
  const r = parseIos(text, 'configs/fuzz.cfg');
  expectNoInternalError(r);
}

describe('robustness: the parser never throws', () => {
  it('no fixture takes the internal-error path', () => {
    for (const name of FIXTURE_NAMES) {
      const r = parseFixture(name);
      expect(r.status, name).not.toBe('FAILED');
      expect(r.warnings.some((w) => w.comment.startsWith('internal error')), name).toBe(false);
    }
  });

  for (const name of ['br-rtr01', 'legacy-rtr02'] as const) {
    it(`survives any edit of ${name}: lines deleted, duplicated, swapped, replaced, or the file cut`, () => {
      const lines = fixtureText(name).split('\n');
      const edit = fc.array(
        fc.record({
          at: fc.nat(lines.length - 1),
          to: fc.nat(lines.length - 1),
          op: fc.constantFrom('delete', 'duplicate', 'swap', 'replace', 'truncate', 'indent'),
          junk: fc.string({ maxLength: 40 }),
        }),
        { maxLength: 12 },
      );
      fc.assert(
        fc.property(edit, (edits) => {
          let mutated = [...lines];
          for (const e of edits) {
            const i = e.at % Math.max(mutated.length, 1);
            const j = e.to % Math.max(mutated.length, 1);
            if (e.op === 'delete') mutated.splice(i, 1);
            else if (e.op === 'duplicate') mutated.splice(i, 0, mutated[i] ?? '');
            else if (e.op === 'swap') [mutated[i], mutated[j]] = [mutated[j] ?? '', mutated[i] ?? ''];
            else if (e.op === 'replace') mutated[i] = e.junk;
            else if (e.op === 'indent') mutated[i] = ` ${mutated[i] ?? ''}`;
            else mutated = mutated.slice(0, i);
          }
          noInternalError(mutated.join('\n'));
        }),
        { numRuns: 60 },
      );
    });
  }

  it('survives arbitrary commands after an IOS header', () => {
    const statement = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.constantFrom(
        'interface GigabitEthernet0/0',
        ' ip address 10.0.0.1 255.255.255.0',
        ' ip address 10.0.0.1',
        ' ip access-group A in',
        ' zone-member security Z',
        ' ip nat outside',
        ' ip nat inside',
        ' vrf forwarding V',
        'ip access-list extended A',
        ' permit tcp any any eq',
        ' 10 permit ip 10.0.0.0 255.0.0.0 any',
        ' deny icmp any any 300',
        'access-list 110 permit tcp host',
        'access-list 5 permit',
        'object-group network G',
        ' group-object G',
        'object-group service S',
        ' group-object S',
        'ip route 0.0.0.0 0.0.0.0 10.0.0.2',
        'ip route 10.0.0.0 255.0.0.0 10.1.1.1',
        'ip route 10.1.0.0 255.255.0.0 10.0.0.1',
        'ip route vrf V 0.0.0.0 0.0.0.0',
        'ip nat inside source static 10.0.0.5 192.0.2.5',
        'ip nat inside source static tcp 10.0.0.5 80 interface GigabitEthernet0/0 8080',
        'ip nat inside source list A interface GigabitEthernet0/0 overload',
        'ip nat pool P 192.0.2.10 192.0.2.1 netmask 255.255.255.0',
        'zone security Z',
        'zone-pair security ZP source Z destination Z',
        ' service-policy type inspect PM',
        'class-map type inspect match-any C',
        ' match class-map C',
        ' match access-group name A',
        'policy-map type inspect PM',
        ' class type inspect C',
        '  inspect',
        ' class class-default',
        'banner motd ^C',
        '^C',
        'crypto pki certificate chain X',
        ' certificate ca 01',
        '  3082 ABCD',
        'line vty 0 4',
        ' access-class A in',
        ' transport input',
        'snmp-server community',
        'end',
      ),
    );
    fc.assert(
      fc.property(fc.array(statement, { maxLength: 40 }), (body) => noInternalError(HEADER + body.join('\n'))),
      { numRuns: 200 },
    );
  });

  it('survives random bytes, with or without a header', () => {
    survivesRandomBytes(noInternalError, HEADER, { maxLength: 400, numRuns: 150, decode: 'utf-8' });
  });
});
