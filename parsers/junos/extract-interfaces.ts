import { type Mutable, badValue, maySet, unknownStatement, valueFrom } from './extract-util.js';
import { parseHostPrefix, parseUint } from './junos-values.js';
import { type Statement, lineOfWord, pathOf } from './statement.js';
import type { JFamily, JFilterBinding, JInterfaceAddress, JPhysical, JUnit, NameRef } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

/** Physical settings with no layer-3 effect: speed, framing, LACP membership, VLAN tagging… */
const PHYSICAL_IGNORED = new Set([
  'aggregated-ether-options',
  'auto-negotiation',
  'no-auto-negotiation',
  'damping',
  'encapsulation',
  'enable',
  'ether-options',
  'fastether-options',
  'flexible-vlan-tagging',
  'forwarding-class-accounting',
  'framing',
  'gigether-options',
  'hierarchical-scheduler',
  'hold-time',
  'link-mode',
  'mac',
  'mtu',
  'native-vlan-id',
  'no-traps',
  'optics-options',
  'per-unit-scheduler',
  'redundant-ether-options',
  'speed',
  'stacked-vlan-tagging',
  'traceoptions',
  'traps',
  'vlan-tagging',
  'esi',
  'fabric-options',
  'satop-options',
  'media-type',
  'passive-monitor-mode',
  'interface-transmit-statistics',
]);

/** Unit settings with no effect on which packets pass. */
const UNIT_IGNORED = new Set([
  'bandwidth',
  'encapsulation',
  'input-vlan-map',
  'output-vlan-map',
  'point-to-point',
  'proxy-arp',
  'traps',
  'no-traps',
  'tunnel',
  'vlan-tags',
  'vlan-id-list',
  'native-inner-vlan-id',
  'alias',
  'mtu',
  'arp-resp',
  'demux-source',
  'dial-options',
  'peer-unit',
  'interface-shared-with',
]);

/** `family inet` settings with no effect on which packets pass. */
const FAMILY_IGNORED = new Set([
  'mtu',
  'no-redirects',
  'sampling',
  'targeted-broadcast',
  'rpf-check',
  'policer',
  'accounting',
  'primary',
  'preferred',
  'dad-disable',
  'nd6-stale-time',
  'no-neighbor-learn',
  'unnumbered-address',
  'receive-ttl-exceeded',
  'ipsec-sa',
  'simple-filter',
  'demux-source',
  'demux-destination',
  'service',
  'address-assignment',
  'negotiate-address',
]);

/** Families that carry no IP forwarding of their own. */
const OTHER_FAMILIES = new Set(['mpls', 'iso', 'ccc', 'vpls', 'bridge', 'tcc', 'any', 'ethernet-switching', 'inet-vpn', 'mlppp', 'mlfr-end-to-end']);

/** Address options written after the address (`address 10.0.0.1/24 primary`, `vrrp-group …`). */
const ADDRESS_OPTIONS = new Set(['primary', 'preferred', 'vrrp-group', 'vrrp-inet6-group', 'arp', 'broadcast', 'destination', 'destination-profile', 'master-only', 'web-authentication', 'virtual-gateway-address', 'ndp']);

type FamilyBuilder = Mutable<JFamily> & { addresses: JInterfaceAddress[] };
type UnitBuilder = Omit<Mutable<JUnit>, 'inet' | 'inet6'> & { inet: FamilyBuilder; inet6: FamilyBuilder; active: boolean };
type PhysicalBuilder = Omit<Mutable<JPhysical>, 'units'> & { units: Map<string, UnitBuilder>; active: boolean };

/**
 * Interfaces: a physical interface (`ge-0/0/0`) holds logical units (`unit 0`); zones, routes
 * and routing instances name the unit (`ge-0/0/0.0`), which is what the model calls an
 * interface. An element none of whose statements is active is inactive; an inactive leaf
 * inside an active element is simply not applied.
 */
export class InterfaceBuilder {
  private readonly physical = new Map<string, PhysicalBuilder>();
  private rangeWarned = false;

  constructor(private readonly sink: WarningSink) {}

  add(s: Statement): void {
    const w = s.words;
    const name = w[1];
    if (name === undefined) {
      unknownStatement(this.sink, s, 1, 'interface');
      return;
    }
    if (name === 'interface-range') {
      if (!this.rangeWarned) {
        this.rangeWarned = true;
        this.sink.unsupported(s.line, pathOf(s, 3), 'interface-range settings are not applied to the member interfaces: members keep only their own settings');
      }
      return;
    }
    if (name === 'traceoptions') return;
    const p = this.physicalOf(name, s);
    if (!s.inactive) p.active = true;
    const key = w[2];
    if (key === undefined) return;
    if (s.inactive && key !== 'unit') return;
    switch (key) {
      case 'description':
        if (maySet(p.description, s)) p.description = valueFrom(s, 3) ?? '';
        return;
      case 'disable':
        p.disabled = true;
        return;
      case 'unit':
        this.unit(p, s);
        return;
      default:
        if (PHYSICAL_IGNORED.has(key)) return;
        unknownStatement(this.sink, s, 2, 'interface setting');
    }
  }

  private physicalOf(name: string, s: Statement): PhysicalBuilder {
    let p = this.physical.get(name);
    if (!p) {
      p = { name, line: lineOfWord(s, 1), context: `interfaces ${name}`, disabled: false, inactive: false, units: new Map(), active: false };
      this.physical.set(name, p);
    }
    return p;
  }

  private unit(p: PhysicalBuilder, s: Statement): void {
    const w = s.words;
    const unitName = w[3];
    if (unitName === undefined || parseUint(unitName, 1_073_741_823) === undefined) {
      badValue(this.sink, s, 3, 'unit number', 'the statement is ignored');
      return;
    }
    let u = p.units.get(unitName);
    if (!u) {
      const full = `${p.name}.${unitName}`;
      u = {
        name: full,
        unit: unitName,
        line: lineOfWord(s, 3),
        context: `interfaces ${p.name} unit ${unitName}`,
        disabled: false,
        inactive: false,
        switching: false,
        inet: { addresses: [] },
        inet6: { addresses: [] },
        active: false,
      };
      p.units.set(unitName, u);
    }
    if (s.inactive) return;
    u.active = true;
    const key = w[4];
    if (key === undefined) return;
    switch (key) {
      case 'description':
        if (maySet(u.description, s)) u.description = valueFrom(s, 5) ?? '';
        return;
      case 'disable':
        u.disabled = true;
        return;
      case 'vlan-id': {
        const v = parseUint(w[5], 4094);
        if (v === undefined) badValue(this.sink, s, 5, 'VLAN id', 'ignored');
        else if (maySet(u.vlanId, s)) u.vlanId = v;
        return;
      }
      case 'family':
        this.family(u, s);
        return;
      default:
        if (UNIT_IGNORED.has(key)) return;
        unknownStatement(this.sink, s, 4, 'unit setting');
    }
  }

  private family(u: UnitBuilder, s: Statement): void {
    const w = s.words;
    const fam = w[5];
    if (fam === 'inet' || fam === 'inet6') {
      this.ipFamily(fam === 'inet' ? u.inet : u.inet6, fam, s);
      return;
    }
    if (fam === 'ethernet-switching') u.switching = true;
    if (fam !== undefined && OTHER_FAMILIES.has(fam)) return;
    unknownStatement(this.sink, s, 5, 'address family');
  }

  private ipFamily(f: FamilyBuilder, fam: 'inet' | 'inet6', s: Statement): void {
    const w = s.words;
    const key = w[6];
    if (key === undefined) return;
    switch (key) {
      case 'address': {
        const text = w[7];
        const parsed = text === undefined ? undefined : parseHostPrefix(text);
        if (!parsed || (fam === 'inet') !== (parsed.address.family === 4)) {
          badValue(this.sink, s, 7, `family ${fam} address`, 'the address is ignored');
          return;
        }
        const option = w[8];
        if (option !== undefined && !ADDRESS_OPTIONS.has(option)) {
          unknownStatement(this.sink, s, 8, 'address option');
          return;
        }
        const existing = f.addresses.find((a) => a.address.value === parsed.address.value && a.prefixLength === parsed.prefixLength);
        if (existing) {
          if (option === 'primary') f.addresses[f.addresses.indexOf(existing)] = { ...existing, primary: true };
          return;
        }
        f.addresses.push({ address: parsed.address, prefixLength: parsed.prefixLength, line: lineOfWord(s, 7), primary: option === 'primary' });
        return;
      }
      case 'filter':
        this.filterBinding(f, s);
        return;
      case 'dhcp':
      case 'dhcp-client':
      case 'dhcpv6-client':
      case 'autoconf':
        f.dhcp ??= s.line;
        return;
      default:
        if (FAMILY_IGNORED.has(key)) return;
        unknownStatement(this.sink, s, 6, `family ${fam} setting`);
    }
  }

  private filterBinding(f: FamilyBuilder, s: Statement): void {
    const w = s.words;
    const dir = w[7];
    const name = w[8];
    if (name === undefined || (dir !== 'input' && dir !== 'output' && dir !== 'input-list' && dir !== 'output-list')) {
      if (dir === 'group' || dir === 'precedence' || dir === 'input-precedence' || dir === 'output-precedence') return;
      unknownStatement(this.sink, s, 7, 'filter binding');
      return;
    }
    const side = dir.startsWith('input') ? 'input' : 'output';
    const ref: NameRef = { name, line: s.line };
    const current = f[side];
    if (dir.endsWith('-list')) {
      // An input-list is evaluated as one filter made of its filters in order.
      f[side] = current ? { filters: [...current.filters, ref], line: current.line } : { filters: [ref], line: s.line };
    } else if (maySet(current, s)) {
      f[side] = { filters: [ref], line: s.line } satisfies JFilterBinding;
    }
  }

  build(): JPhysical[] {
    return [...this.physical.values()].map((p) => {
      const units = [...p.units.values()].map(({ active, ...u }) => ({ ...u, inactive: !active || !p.active }) as JUnit);
      const { active, units: _units, ...rest } = p;
      return { ...rest, inactive: !active, units };
    });
  }
}
