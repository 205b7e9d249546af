import { describeConfigFuzz } from './config-fuzz.js';
import { JUNOS_NESTING } from './nestings.js';

describeConfigFuzz('junos', JUNOS_NESTING);
