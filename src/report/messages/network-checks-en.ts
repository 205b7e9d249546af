import type { CheckText } from './catalogue.js';

/** Words for the checks about what the network lets through and how well its inputs were read (en). */
export const networkChecksEn: Readonly<Record<string, CheckText>> = {
  'MYNUMBER-INTERNET': {
    title: 'My Number segment (マイナンバー系) connected with the Internet side',
    message: 'Packets initiated in {from} are delivered into {to}. The マイナンバー利用事務系 must have no path to or from the Internet.',
    remediation: 'Deny this traffic on the path shown (remove or narrow the permitting rule); マイナンバー systems never talk to the Internet side.',
  },
  'MYNUMBER-LGWAN': {
    title: 'My Number segment (マイナンバー系) reaches LGWAN beyond approved connections',
    message: 'Packets initiated in {from} are delivered into {to}, and no approved connection (特定通信) covers them.',
    remediation: 'Limit the rule to the approved hosts and ports (通信経路の限定), or declare the connection under `approved` in sansou.yaml if it is an authorised 特定通信.',
  },
  'MYNUMBER-OTHER': {
    title: 'My Number segment (マイナンバー系) reaches another segment beyond approved connections',
    message: 'Packets initiated in {from} are delivered into {to}, and no approved connection covers them.',
    remediation: 'Separate the マイナンバー利用事務系 from this segment, or limit the rule to approved hosts and ports and declare it under `approved`.',
  },
  'INTERNET-LGWAN-UNSANITIZED': {
    title: 'Internet side reaches LGWAN without a sanitizer (missing 無害化 gateway)',
    message: 'Packets initiated in {from} are delivered into {to}, and no registered sanitizer the model accepts carries them (a mail or file sanitizer at either end; under β/β′ also a screen-transfer server as the destination).',
    remediation: 'Remove the permit, or route the data through a registered 無害化 gateway (mail text conversion, file sanitization; screen transfer to LGWAN-side servers under β/β′) and allow only its host and service.',
  },
  'LGWAN-INTERNET-DIRECT': {
    title: 'LGWAN reaches the Internet side directly',
    message: 'Packets initiated in {from} are delivered into {to}, and no entry the model accepts carries them (a sanitizer on its services; under α/α′ a screen-transfer server as the destination; under α′ a declared breakout destination).',
    remediation: 'Remove direct permits from LGWAN to the Internet side. Allow only the sanitizers on their services and, under α/α′, the screen-transfer servers (α′: the declared breakout destinations); under β/β′ LGWAN opens no sessions to the Internet side except to a sanitizer.',
  },
  'WAN-TRANSIT': {
    title: 'One external network reaches another through the organization',
    message: 'Packets initiated in {from} ({fromKind}) are delivered into {to} ({toKind}) across the organization’s devices.',
    remediation: 'Deny transit between external networks of different kinds; the organization must not bridge them.',
  },
  'APPROVED-TOO-BROAD': {
    title: 'Permitted entry not limited to hosts and ports',
    message: 'The {kind} entry "{name}" in sansou.yaml is not limited to hosts and ports: {fields} (at most {max} addresses on one side; services must name protocol and port).',
    remediation: 'Narrow the entry to the hosts (IP addresses) and ports it needs (通信経路の限定). Do not use any, /0 or whole port ranges.',
  },
  'INTERNET-EGRESS-BYPASS': {
    title: 'Internet traffic bypassing the prefectural security cloud (自治体情報セキュリティクラウド)',
    message: 'Packets initiated in {from} reach {to} through {via}, an attachment not marked as the security cloud.',
    remediation: 'Route the Internet segment\'s Internet traffic only through the attachment marked securityCloud: true (the prefecture\'s security cloud), and deny it elsewhere.',
  },
  'EXPOSED-TO-INTERNET': {
    title: 'Host outside the DMZ reachable from the Internet',
    message: 'Packets initiated in the Internet ({from}) are delivered to hosts of {to}, which is not a DMZ (VIP/DNAT included).',
    remediation: 'Publish services only from the DMZ and deny other inbound traffic. If this publication is intended, declare its hosts and services under published in sansou.yaml.',
  },
  'CLASSIFIED-ASSET-EXPOSED': {
    title: 'Classified asset reachable from the Internet side',
    message: 'Asset {host} ({address}), classified {classification}, receives packets initiated in {from} (delivered into {to}).',
    remediation: 'Deny traffic from the Internet side on the path to this asset, or restrict it to a registered sanitizer. If the classification is wrong, correct the inventory.',
  },
  'primitive:forbid-flow': {
    title: 'Forbidden flow between zones',
    message: 'Packets initiated in {from} are delivered into {to}, which this check does not allow.',
    remediation: 'Remove or narrow the permitting rule on the path shown.',
  },
  'primitive:flow-matrix': {
    title: 'Flow the zone matrix does not allow',
    message: 'Packets initiated in {from} are delivered into {to}; the matrix allows only {allowed} for this pair.',
    remediation: 'Narrow the permitting rules on the path shown to the services the matrix allows.',
  },
  'UNFILTERED-BRIDGE': {
    title: 'Device forwards between segments without any filter',
    message: '{device} forwards from {in} ({from}) to {out} ({to}) with no filtering rule at all in that direction.',
    remediation: 'Apply a filter (policy, ACL or zone rule) between these interfaces; for FortiGate zones, set `intrazone deny` or split the zone.',
  },
  'UNCLASSIFIED-NETWORK': {
    title: 'Network not classified into any segment',
    message: {
      interface: 'Interface {device} {iface} is on {subnet}, which no segment, external network or transit declaration in sansou.yaml claims.',
      reachable: 'Traffic from {from} can reach {destinations}, which no segment or external network claims.',
    },
    remediation: 'Declare the range in sansou.yaml: under a segment, an external network, or `transit` if it only links devices.',
  },
  'INVENTORY-MISMATCH': {
    title: 'Inventory disagrees with the network',
    message: {
      'segment-differs': 'Inventory row {host} says segment {stated}, but {address} lies in {actual}.',
      'no-network': 'Inventory row {host} has address {address}, which lies in no declared segment.',
      'unknown-segment': 'Inventory row {host} names segment "{segment}", which is not a segment of the site.',
    },
    remediation: 'Correct the inventory (情報資産台帳) or the site file so both describe the same network.',
  },
  'PARSE-UNRECOGNIZED': {
    title: 'Config not fully understood',
    message: {
      partial: '{file} ({format}): {count} of {lines} lines were not understood, so the audit may miss what they configure.',
      failed: '{file} could not be read as a configuration: {reason}',
    },
    remediation: 'Check the listed lines; export the full configuration in a supported format, or report the syntax to the sansou maintainers.',
  },
};
