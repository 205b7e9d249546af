import type { DiffWords } from './diff-words.js';

export const diffWordsEn: DiffWords = {
  title: 'sansou diff',
  before: 'before',
  after: 'after',
  findingsHeadline: 'Findings: {added} added, {resolved} resolved, {unchanged} unchanged',
  added: 'Added findings',
  resolved: 'Resolved findings',
  unchanged: 'Unchanged findings',
  allowed: 'Newly allowed traffic ({count} classes)',
  blocked: 'Newly blocked traffic ({count} classes)',
  none: 'none',
  violation: '✗ violation ({checks})',
  compliant: '✓ compliant',
  dispositions: { delivered: 'delivered elsewhere', accepted: 'accepted by a device', denied: 'denied', 'no-route': 'no route', 'null-route': 'null route', loop: 'loop' },
  responsible: 'rule',
  coverage: 'Reading of the inputs (coverage {before}% → {after}%)',
  coverageSame: 'Every input was read as before.',
  newFile: 'new',
  removedFile: 'removed',
  unrecognized: '{count} unrecognized',
};
