import { describeConfigFuzz } from './config-fuzz.js';
import { OBJECT_GROUP_NESTING } from './nestings.js';

describeConfigFuzz('ios', OBJECT_GROUP_NESTING);
