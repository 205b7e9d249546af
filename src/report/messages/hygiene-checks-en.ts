import type { ObjectKind } from '../../model/objects.js';
import type { CheckText } from './catalogue.js';

/** What each kind of object is called; the object checks select their message by kind. */
const KIND_WORDS: Readonly<Record<ObjectKind, string>> = {
  address: 'address',
  'address-group': 'address group',
  service: 'service',
  'service-group': 'service group',
  zone: 'zone',
  interface: 'interface',
  vip: 'VIP (destination NAT)',
  'vip-group': 'VIP group',
  'ip-pool': 'NAT address pool',
  schedule: 'schedule',
  acl: 'access list (filter)',
};

/** One message per kind of object, from a template taking the kind's word. */
function perKind(template: (kind: string) => string): Readonly<Record<string, string>> {
  return Object.fromEntries(Object.entries(KIND_WORDS).map(([kind, word]) => [kind, template(word)]));
}

/** Words for the checks on the devices' own configuration: rules, objects, management, accounts (en). */
export const hygieneChecksEn: Readonly<Record<string, CheckText>> = {
  'RULE-SHADOWED': {
    title: 'Rule that no traffic can reach (shadowed)',
    message: {
      conflicting:
        '{device}, {stage}: rule {rule} never applies, because earlier rule(s) {coveredBy} take all of its traffic with the opposite action. What the rule was meant to do (permit or deny) does not happen.',
      redundant: '{device}, {stage}: rule {rule} never applies, because earlier rule(s) {coveredBy} already handle all of its traffic the same way (a redundant rule).',
    },
    remediation: 'If the current behaviour is intended, delete the rule. If not, reorder the rules or narrow the earlier rule.',
  },
  'RULE-ANY-ANY': {
    title: 'Rule permitting any source, any destination, any service',
    message: '{device}, {stage}: rule {rule} permits traffic without restricting the source, the destination or the service.',
    remediation: 'Limit the rule to the sources, destinations and services the business needs; delete it if it was temporary.',
  },
  'OBJECT-UNDEFINED': {
    title: 'Reference to an undefined object',
    message: perKind((kind) => `{device}: ${kind} "{name}" is used by {usedBy} ({count} use(s) in all) but is not defined, so the reference matches nothing.`),
    remediation: 'Fix the misspelt name or define the object. Some devices refuse such a line when it is entered, so check the running configuration too.',
  },
  'OBJECT-UNUSED': {
    title: 'Unused object',
    message: perKind((kind) => `{device}: ${kind} "{name}" is defined but not used by any policy, group, NAT rule or route that sansou reads.`),
    remediation: 'Check that no setting sansou does not read (VPN and the like) uses it, then delete it if it is not needed.',
  },
  'MGMT-INSECURE': {
    title: 'Cleartext or weak management access',
    message: {
      interface: '{device}: the unencrypted management service {service} is enabled on interface {interface}.',
      all: '{device}: the unencrypted management service {service} is enabled on every interface.',
    },
    remediation: 'Disable telnet, http and SNMP v1/v2c; use SSH, HTTPS and SNMPv3 with authentication and privacy instead.',
  },
  'DEFAULT-ADMIN': {
    title: 'Default administrator account',
    message: {
      named: '{device} has an administrator account named "{account}", the product\'s default or a name every attacker tries first.',
      anonymous: '{device} has no login user: it is administered through the unnamed default login, protected by one shared password.',
    },
    remediation: 'Create a personal account with a name that is hard to guess for each administrator, and delete or disable the default account.',
  },
  'MGMT-EXPOSED': {
    title: 'Management service reachable from the Internet side',
    message: {
      interface: '{device} answers {service} (enabled on {interface}) to sessions initiated in {from}.',
      device: '{device} answers {service} on every address to sessions initiated in {from}.',
    },
    remediation: 'Restrict who may manage the device (trusted hosts, allowaccess, a management ACL) and turn management services off on Internet-side interfaces.',
  },
  'CROSS-SEGMENT-NO-LOG': {
    title: 'Traffic between segments permitted without logging',
    message: '{device}: rule {rule} ({stage}) permits traffic between segments without logging it: {pairs}.',
    remediation: 'Enable logging on this rule: traffic between segments must be recorded so it can be traced afterwards.',
  },
};
