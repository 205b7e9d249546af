import { describeConfigFuzz } from './config-fuzz.js';
import { OBJECT_GROUP_NESTING } from './nestings.js';

describeConfigFuzz('asa', OBJECT_GROUP_NESTING);
