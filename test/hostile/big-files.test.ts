import { closeSync, openSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_QUOTED_CHARS } from '../../parsers/common/warning-sink.js';
import { MAX_FILE_BYTES } from '../../src/snapshot/load-snapshot.js';
import { GB, MB, auditTimed, goodConfigAudited, hostileSnapshot, inputOf, removeHostileSnapshots } from './hostile-snapshot.js';

afterAll(removeHostileSnapshots);

/**
 * A file is held twice while it is read: its bytes (for the checksum) and its decoded text,
 * plus the line index. A gigabyte of growth for a 200 MB input would mean memory is not
 * proportional to the file; below it, it is (measured here: about 2× the file).
 */
const MEMORY_BOUND = GB;

describe('big files in configs/', () => {
  it('one line of 50 MB is refused as an unknown format, in bounded time and memory', () => {
    const dir = hostileSnapshot();
    writeFileSync(join(dir, 'configs/one-line.conf'), 'x'.repeat(50 * MB));
    const { result, memoryGrowth } = auditTimed(dir);
    const input = inputOf(result, 'configs/one-line.conf');
    expect(input.status).toBe('FAILED');
    expect(input.format).toBe('unknown');
    expect(input.lines).toBe(1);
    expect(input.warnings).toHaveLength(1);
    expect(input.warnings[0]!.comment).toMatch(/^format not recognized: not one of .*FortiGate/);
    // The line itself is not copied into the warning.
    expect(input.warnings[0]!.text).toBe('');
    expect(goodConfigAudited(result)).toBe(true);
    expect(memoryGrowth).toBeLessThan(MEMORY_BOUND);
  });

  it('one unrecognized line of 50 MB in an ASA export is quoted cut, not whole', () => {
    const dir = hostileSnapshot();
    const head = ['hostname asa-long', 'interface GigabitEthernet0/0', ' nameif inside', ' security-level 100', ' ip address 10.0.0.1 255.255.255.0'];
    writeFileSync(join(dir, 'configs/asa-long.cfg'), `${head.join('\n')}\nbogus ${'y'.repeat(50 * MB)}\n`);
    const { result, memoryGrowth } = auditTimed(dir);
    const input = inputOf(result, 'configs/asa-long.cfg');
    expect(input.format).toBe('asa');
    expect(input.devices).toEqual(['asa-long']);
    expect(input.status).toBe('PARTIALLY_UNRECOGNIZED');
    const long = input.warnings.filter((w) => w.line === 6);
    expect(long).toHaveLength(1);
    expect(long[0]!.text).toBe(`${`bogus ${'y'.repeat(MAX_QUOTED_CHARS - 6)}`}… (line of ${6 + 50 * MB} characters, cut)`);
    // No warning anywhere quotes more than the cut allows.
    expect(Math.max(...result.inputs.flatMap((i) => i.warnings.map((w) => w.text.length)))).toBeLessThan(MAX_QUOTED_CHARS + 50);
    expect(goodConfigAudited(result)).toBe(true);
    expect(memoryGrowth).toBeLessThan(MEMORY_BOUND);
  });

  it('a 200 MB text file is read, judged and reported, in bounded time and memory', () => {
    const dir = hostileSnapshot();
    // Written in 1 MB chunks: about a tenth of a second here; the audit takes about 2 s.
    const line = 'this line is not from any device export, it only makes the file large.\n';
    const chunk = Buffer.from(line.repeat(Math.floor(MB / line.length)));
    const fd = openSync(join(dir, 'configs/huge.conf'), 'w');
    let written = 0;
    for (; written < 200 * MB; written += chunk.length) writeSync(fd, chunk);
    closeSync(fd);
    const { result, memoryGrowth } = auditTimed(dir);
    const input = inputOf(result, 'configs/huge.conf');
    expect(input.status).toBe('FAILED');
    expect(input.lines).toBe((written / chunk.length) * Math.floor(MB / line.length));
    expect(input.warnings[0]!.comment).toMatch(/^format not recognized/);
    expect(result.snapshot.checksums.has('configs/huge.conf')).toBe(true);
    expect(goodConfigAudited(result)).toBe(true);
    expect(memoryGrowth).toBeLessThan(MEMORY_BOUND);
  });

  it('a file above the size limit is reported by its size, never read', () => {
    const dir = hostileSnapshot();
    // Sparse: the size is set without writing anything, so this costs no time or disk.
    const path = join(dir, 'configs/too-big.conf');
    writeFileSync(path, '');
    truncateSync(path, MAX_FILE_BYTES + 1);
    const { result, memoryGrowth } = auditTimed(dir);
    const input = inputOf(result, 'configs/too-big.conf');
    expect(input.status).toBe('FAILED');
    expect(input.warnings.map((w) => w.comment)).toEqual([`file is ${MAX_FILE_BYTES + 1} bytes, above the ${MAX_FILE_BYTES}-byte limit; not read`]);
    expect(input.sha256).toBeUndefined();
    expect(goodConfigAudited(result)).toBe(true);
    expect(memoryGrowth).toBeLessThan(256 * MB);
  });
});
