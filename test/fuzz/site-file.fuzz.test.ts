import { loadSiteFile } from '../../src/site/load-site-file.js';
import { siteSeeds } from './seeds.js';
import { describeYamlFuzz } from './yaml-fuzz.js';

describeYamlFuzz({ name: 'site file (sansou.yaml)', file: 'sansou.yaml', seeds: siteSeeds, load: loadSiteFile, usable: (r) => r.site !== undefined });
