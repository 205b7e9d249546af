/**
 * Whether a text is a Cisco IOS or IOS-XE configuration, judged by content alone.
 *
 * Strong signs: the `Building configuration...` / `Current configuration : N bytes` header of
 * `show running-config`, and a `version 15.2` / `version 17.6` line. Without them, IOS
 * structure: `line vty`, or `interface <Type><number>` together with `ip route`, `hostname` or
 * an indented `ip address`. Cisco ASA and PIX configurations share much of that vocabulary
 * (interface, hostname, ip address) and are refused by their own markers: `ASA Version`,
 * `PIX Version`, `nameif`, `security-level`. NX-OS (`feature …`, `vrf context`) and IOS-XR
 * (`!! IOS XR`) are refused as well.
 */
const IOS_VERSION = /^version \d{1,2}\.\d{1,2}\s*$/;
const INTERFACE = /^interface [A-Za-z][A-Za-z-]*\d/;
const SCAN_LIMIT = 20000;

export function looksLikeIos(input: string): boolean {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let header = false;
  let version = false;
  let vty = false;
  let iface = false;
  let other = false;
  let start = 0;
  for (let n = 0; n < SCAN_LIMIT && start < text.length; n++) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const raw = text.slice(start, end).replace(/\r$/, '');
    start = end + 1;
    const line = raw.trimEnd();
    const trimmed = line.trimStart();
    if (isForeign(line, trimmed)) return false;
    if (line.startsWith('Building configuration') || line.startsWith('Current configuration :')) header = true;
    else if (IOS_VERSION.test(line)) version = true;
    else if (line.startsWith('line vty ')) vty = true;
    else if (INTERFACE.test(line)) iface = true;
    else if (line.startsWith('ip route ') || line.startsWith('hostname ') || (raw.startsWith(' ') && trimmed.startsWith('ip address '))) other = true;
  }
  if (header || version) return iface || vty || other;
  return vty || (iface && other);
}

/** Markers of the other Cisco families and of formats that also say "interface". */
function isForeign(line: string, trimmed: string): boolean {
  return (
    line.startsWith('ASA Version') ||
    line.startsWith('PIX Version') ||
    line.startsWith('FWSM Version') ||
    line.startsWith('!! IOS XR') ||
    line.startsWith('!Command: show') ||
    line.startsWith('feature ') ||
    line.startsWith('vrf context ') ||
    line.startsWith('#config-version=') ||
    trimmed.startsWith('nameif ') ||
    trimmed.startsWith('security-level ')
  );
}

/** Share of a text's first characters that no configuration contains. */

