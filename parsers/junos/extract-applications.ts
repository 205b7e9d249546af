import { type Mutable, badValue, unknownStatement } from './extract-util.js';
import { parseIcmpCode, parseIcmpType, parsePortRange, parseProtocolName } from './junos-values.js';
import { type Statement, lineOfWord } from './statement.js';
import type { JAppTerm, JApplication, JApplicationSet, NameRef } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

/** Application settings that do not change which packets it matches. */
const APP_IGNORED = new Set([
  'description',
  'inactivity-timeout',
  'application-protocol',
  'alg',
  'ether-type',
  'ttl-threshold',
  'snmp-command',
  'do-not-translate-A-query-to-AAAA-query',
  'do-not-translate-AAAA-query-to-A-query',
  'learn-sip-register',
  'sip-call-hold-timeout',
]);

type TermBuilder = Mutable<JAppTerm>;
type AppBuilder = Omit<Mutable<JApplication>, 'terms'> & { terms: Map<string, TermBuilder> };
type SetBuilder = Mutable<JApplicationSet> & { members: NameRef[] };

/**
 * `applications application N …` (one anonymous term, or named `term`s) and
 * `applications application-set S …` whose members are applications or other sets.
 */
export class ApplicationsBuilder {
  private readonly apps = new Map<string, AppBuilder>();
  private readonly sets = new Map<string, SetBuilder>();

  constructor(private readonly sink: WarningSink) {}

  add(s: Statement): void {
    const w = s.words;
    const kind = w[1];
    const name = w[2];
    if ((kind !== 'application' && kind !== 'application-set') || name === undefined) {
      unknownStatement(this.sink, s, name === undefined && kind !== undefined ? 2 : 1, 'applications setting');
      return;
    }
    if (kind === 'application-set') {
      let set = this.sets.get(name);
      if (!set) this.sets.set(name, (set = { name, line: lineOfWord(s, 2), context: `applications application-set ${name}`, members: [] }));
      if (s.inactive) return;
      const what = w[3];
      if (what === undefined || what === 'description') return;
      if ((what === 'application' || what === 'application-set') && w[4] !== undefined) {
        if (!set.members.some((m) => m.name === w[4])) set.members.push({ name: w[4], line: s.line });
        return;
      }
      unknownStatement(this.sink, s, 3, 'application-set member');
      return;
    }
    let app = this.apps.get(name);
    if (!app) this.apps.set(name, (app = { name, line: lineOfWord(s, 2), context: `applications application ${name}`, terms: new Map() }));
    if (s.inactive) return;
    if (w[3] === 'term') {
      const term = w[4];
      if (term === undefined) {
        unknownStatement(this.sink, s, 4, 'application term');
        return;
      }
      this.setting(this.termOf(app, term, lineOfWord(s, 4)), s, 5);
      return;
    }
    if (w[3] === undefined) return;
    this.setting(this.termOf(app, '', s.line), s, 3);
  }

  private termOf(app: AppBuilder, name: string, line: number): TermBuilder {
    let t = app.terms.get(name);
    if (!t) app.terms.set(name, (t = { name, line }));
    return t;
  }

  private setting(t: TermBuilder, s: Statement, k: number): void {
    const w = s.words;
    const key = w[k];
    const value = w[k + 1];
    switch (key) {
      case 'protocol': {
        const p = value === undefined ? undefined : parseProtocolName(value);
        if (p === undefined) badValue(this.sink, s, k + 1, 'protocol', 'the application matches nothing');
        t.protocol = p ?? -1;
        return;
      }
      case 'destination-port':
      case 'source-port': {
        const r = value === undefined ? undefined : parsePortRange(value);
        if (!r) {
          badValue(this.sink, s, k + 1, key, 'the application matches nothing');
          t[key === 'destination-port' ? 'destinationPorts' : 'sourcePorts'] = [1, 0];
          return;
        }
        t[key === 'destination-port' ? 'destinationPorts' : 'sourcePorts'] = r;
        return;
      }
      case 'icmp-type':
      case 'icmp6-type':
      case 'icmp-code':
      case 'icmp6-code': {
        const isType = key.endsWith('type');
        const r = value === undefined ? undefined : isType ? parseIcmpType(value, key.startsWith('icmp6')) : parseIcmpCode(value);
        if (!r || r[0] !== r[1]) {
          badValue(this.sink, s, k + 1, key, 'the application matches nothing');
          if (isType) t.icmpType = -1;
          else t.icmpCode = -1;
          return;
        }
        if (isType) t.icmpType = r[0];
        else t.icmpCode = r[0];
        return;
      }
      case 'uuid':
      case 'rpc-program-number':
        if (value !== undefined) t.rpc = { name: `${key} ${value}`, line: s.line };
        return;
      default:
        if (key !== undefined && APP_IGNORED.has(key)) return;
        unknownStatement(this.sink, s, k, 'application setting');
    }
  }

  build(): { applications: JApplication[]; applicationSets: JApplicationSet[] } {
    const applications = [...this.apps.values()].map((a) => {
      // The anonymous term (the application's own settings) comes first.
      const terms = [...a.terms.values()].sort((x, y) => (x.name === '' ? -1 : y.name === '' ? 1 : 0));
      return { ...a, terms } as JApplication;
    });
    return { applications, applicationSets: [...this.sets.values()] };
  }
}
