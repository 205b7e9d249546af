import { describeConfigFuzz } from './config-fuzz.js';
import { YAML_NESTING } from './nestings.js';

describeConfigFuzz('neutral', YAML_NESTING);
