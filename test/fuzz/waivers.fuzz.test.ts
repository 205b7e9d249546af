import { loadWaivers } from '../../src/waivers/load-waivers.js';
import { waiverSeeds } from './seeds.js';
import { describeYamlFuzz } from './yaml-fuzz.js';

describeYamlFuzz({ name: 'waivers file (waivers.yaml)', file: 'waivers.yaml', seeds: waiverSeeds, load: loadWaivers, usable: (r) => r.usable });
