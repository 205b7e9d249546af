import type { Device } from '../../model/device.js';
import type { CheckContext } from '../context.js';
import type { Finding } from '../finding.js';
import type { HygienePrimitive } from '../types.js';
import { defaultAdmin } from './default-admin.js';
import { devicesOf } from './devices.js';
import { mgmtInsecure } from './mgmt-insecure.js';
import { objectUndefined } from './object-undefined.js';
import { objectUnused } from './object-unused.js';
import { ruleAnyAny } from './rule-any-any.js';
import { ruleShadowed } from './rule-shadowed.js';
import type { HygieneCheck } from './types.js';

export type { HygieneCheck } from './types.js';

/** Each primitive reads only the devices, so it can be run on a hand-built list in tests. */
const PRIMITIVES: Readonly<Record<HygienePrimitive, (devices: readonly Device[], check: HygieneCheck) => Finding[]>> = {
  'rule-shadowed': ruleShadowed,
  'rule-any-any': ruleAnyAny,
  'object-undefined': objectUndefined,
  'object-unused': objectUnused,
  'mgmt-insecure': mgmtInsecure,
  'default-admin': defaultAdmin,
};

/** Runs one hygiene check: a check on the devices' own configuration, not on paths. */
export function hygieneCheck(ctx: CheckContext, check: HygieneCheck): Finding[] {
  return PRIMITIVES[check.primitive](devicesOf(ctx), check);
}
