import type { ErrorSink } from '../yaml/error-sink.js';
import { type PositionedYaml, readYaml } from '../yaml/read-yaml.js';

/** The site file as plain data with positions; duplicate segment or external ids are named as such. */
export function parseSiteYaml(text: string, sink: ErrorSink): PositionedYaml {
  return readYaml(text, sink, {
    duplicateMessage: (key, path, firstLine) =>
      path.length === 1 && (path[0] === 'segments' || path[0] === 'externals') ? `duplicate id '${key}'${firstLine}; this one is skipped` : undefined,
  });
}
