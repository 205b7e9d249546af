import { describeConfigFuzz } from './config-fuzz.js';
import { PANOS_XML_NESTING } from './nestings.js';

describeConfigFuzz('paloalto', PANOS_XML_NESTING);
