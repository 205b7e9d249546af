import { describeConfigFuzz } from './config-fuzz.js';
import { FORTIGATE_NESTING } from './nestings.js';

describeConfigFuzz('fortigate', FORTIGATE_NESTING);
