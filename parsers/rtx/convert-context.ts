import type { Interface } from '../../src/model/interface.js';
import type { PacketSet } from '../../src/space/packet-set.js';
import type { References } from './references.js';
import type { RtxConfig, RtxInterface } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

/** What every converter needs: the typed config, where warnings and references go, the file. */
export interface ConvertContext {
  readonly config: RtxConfig;
  readonly file: string;
  readonly sink: WarningSink;
  readonly refs: References;
  /** Converted interfaces by name, for addresses and subnets. */
  readonly interfaces: ReadonlyMap<string, Interface>;
  readonly vendorInterfaces: ReadonlyMap<string, RtxInterface>;
  /** Warnings given once per line (a filter listed on several interfaces is explained once). */
  readonly once: Set<string>;
  /** Packet sets of static and dynamic filters ("s12", "d100"): a filter listed on many interfaces is built once. */
  readonly packetCache: Map<string, PacketSet>;
}

export function at(ctx: ConvertContext, line: number) {
  return { file: ctx.file, line };
}

/** Issues a warning only the first time for this key. */
export function warnOnce(ctx: ConvertContext, key: string, emit: () => void): void {
  if (ctx.once.has(key)) return;
  ctx.once.add(key);
  emit();
}

/** The `pp select 1` / `tunnel select 2` label of a pp or tunnel interface's block, for warnings. */
export function scopeLabel(iface: RtxInterface | undefined): string {
  if (!iface) return '';
  if (iface.kind === 'pp') return iface.name === 'pp-anonymous' ? 'pp select anonymous' : `pp select ${iface.name.slice(2)}`;
  if (iface.kind === 'tunnel') return `tunnel select ${iface.name.slice(6)}`;
  return '';
}
