import type { InterfaceDraft } from './extract-interface.js';
import type { InterfaceLayer } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

/** Ethernet ports and bundles: layer 2 by default on a Catalyst switch, layer 3 on a router. */
const SWITCHABLE = /^(GigabitEthernet|FastEthernet|TenGigabitEthernet|TwentyFiveGigE|FortyGigabitEthernet|HundredGigE|TwoGigabitEthernet|FiveGigabitEthernet|AppGigabitEthernet|Ethernet|Port-channel)\d[\d/]*$/i;

/**
 * Whether an interface routes. A switchport (`switchport …`, or an Ethernet port of a switch
 * that says nothing else) and a member of an EtherChannel (`channel-group`) have no layer-3
 * presence: the SVI or the Port-channel routes for them. `no switchport`, and on a router
 * every Ethernet port, make a routed port; VLAN, loopback, tunnel and subinterfaces always
 * route. A port that carries layer-3 settings without `no switchport` is routed when the
 * platform would not have accepted them otherwise (the Catalyst management port).
 */
export function interfaceLayer(d: InterfaceDraft, switchPlatform: boolean, sink: WarningSink): InterfaceLayer {
  const { iface } = d;
  if (d.channelGroup && !d.noSwitchport && iface.addresses.length === 0) return 'bundle-member';
  if (d.noSwitchport) return 'routed';
  if (d.switchportLine !== undefined) {
    if (d.l3Line !== undefined && iface.addresses.length > 0) {
      sink.invalid(d.l3Line, iface.context, `${iface.name} is a switchport (no "no switchport"); IOS does not accept layer-3 settings on it, so they are ignored`);
    }
    return 'switchport';
  }
  if (switchPlatform && SWITCHABLE.test(iface.name) && d.l3Line === undefined) return 'switchport';
  return 'routed';
}
