import type { YamlError } from '../yaml/error-sink.js';

/** "rules.yaml:12:9: checks.ZONES.allow[0].services[1]: 'tcp/99999' is not a service", as the site file's errors read. */
export function formatYamlError(e: YamlError): string {
  return `${e.file}:${e.line}:${e.column}: ${e.key ? `${e.key}: ` : ''}${e.message}`;
}
