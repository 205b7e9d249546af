/**
 * Whether a text is a PAN-OS configuration, judged by content alone, and in which format.
 *
 * - XML: the document element is `<config …>` (possibly inside the API's `<response><result>`)
 *   and it holds one of PAN-OS's own top-level sections (`<devices>`, `<mgt-config>`,
 *   `<shared>`); Cisco, Juniper and FortiGate exports are never XML of this shape.
 * - Set format: lines that start with `set ` and name PAN-OS's own hierarchy
 *   (`set deviceconfig system`, `set network interface ethernet`, `set rulebase security`,
 *   `set mgt-config users`, `set vsys vsysN`). Junos set output says `set system`,
 *   `set interfaces`, `set security`; FortiOS indents its `set` lines inside `config` blocks.
 */
export type PanosFormat = 'xml' | 'set';

const SCAN_CHARS = 1 << 20;
const XML_ROOT = /<config(\s[^>]*)?>/;
const XML_SECTION = /<(devices|mgt-config|shared)[\s/>]/;
const SET_MARKER = /^set (deviceconfig system |network interface (ethernet|aggregate-ethernet|loopback|tunnel|vlan) |network virtual-router |rulebase (security|nat) rules |mgt-config users |vsys vsys\d+ |zone \S+ network layer3 |shared (address|service) )/m;

export function detectPanosFormat(input: string): PanosFormat | undefined {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const head = text.length > SCAN_CHARS ? text.slice(0, SCAN_CHARS) : text;
  // An interactive capture may put a prompt line before the XML.
  if (XML_ROOT.test(head) && XML_SECTION.test(head)) return 'xml';
  return SET_MARKER.test(head) ? 'set' : undefined;
}

export function looksLikePanos(text: string): boolean {
  return detectPanosFormat(text) !== undefined;
}

/** Share of a text's first characters that no configuration text contains. */

