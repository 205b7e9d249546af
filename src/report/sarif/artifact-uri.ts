import type { SarifArtifactLocation } from './sarif-types.js';

/**
 * SARIF's conventional name for the root of the sources: GitHub code scanning resolves such
 * URIs against the repository checkout, so sansou run from the repository root gives URIs
 * GitHub can place on its files.
 */
export const SRCROOT = '%SRCROOT%';

/**
 * The base used when the snapshot cannot be named relative to the working directory (an
 * absolute snapshot path and no working directory): URIs are then relative to the snapshot
 * itself, and where that is stays unwritten, because a report never carries absolute paths.
 */
export const SNAPSHOTROOT = 'SNAPSHOTROOT';

/** Which directory a file name is relative to. */
export type RelativeTo = 'snapshot' | 'cwd';

/** Turns the report's file names into SARIF artifact locations. */
export interface ArtifactResolver {
  /** The base every URI is relative to. */
  readonly uriBaseId: typeof SRCROOT | typeof SNAPSHOTROOT;
  /**
   * The location of a file named relative to the snapshot (every file a finding names) or to
   * the working directory (--ruleset files); undefined when only an absolute path could name it.
   */
  readonly locate: (file: string, relativeTo: RelativeTo) => SarifArtifactLocation | undefined;
}

/** A path as segments with `.` and `..` resolved; Windows separators and drives accepted. */
interface SplitPath {
  readonly absolute: boolean;
  /** "C:" for a Windows drive, else empty. */
  readonly root: string;
  readonly segments: readonly string[];
}

function splitPath(path: string): SplitPath {
  const slashed = path.replaceAll('\\', '/');
  const drive = /^([A-Za-z]:)(?:\/|$)/.exec(slashed);
  const absolute = drive !== null || slashed.startsWith('/');
  const segments: string[] = [];
  for (const segment of (drive ? slashed.slice(2) : slashed).split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment !== '..') segments.push(segment);
    else if (segments.length > 0 && segments.at(-1) !== '..') segments.pop();
    // Above an absolute root there is nothing; above a relative start, `..` stays.
    else if (!absolute) segments.push('..');
  }
  return { absolute, root: drive?.[1]?.toUpperCase() ?? '', segments };
}

/** `rest` appended to `base`, normalized again (rest may climb out with `..`). */
function join(base: SplitPath, rest: readonly string[]): SplitPath {
  return splitPath(`${base.root}${base.absolute ? '/' : ''}${[...base.segments, ...rest].join('/')}`);
}

/** The segments leading from one absolute path to another; undefined across Windows drives. */
function relativeTo(from: SplitPath, to: SplitPath): string[] | undefined {
  if (from.root !== to.root) return undefined;
  let common = 0;
  while (common < from.segments.length && common < to.segments.length && from.segments[common] === to.segments[common]) common++;
  return [...Array.from({ length: from.segments.length - common }, () => '..'), ...to.segments.slice(common)];
}

/**
 * Percent-encoded, so a Japanese or spaced file name is still a valid URI reference; `:` is
 * encoded too, which keeps a first segment like "c:x" from reading as a URI scheme.
 */
function uriOf(segments: readonly string[]): string | undefined {
  return segments.length === 0 ? undefined : segments.map((s) => (s === '..' ? s : encodeURIComponent(s))).join('/');
}

/**
 * The resolver for a snapshot directory as the user typed it. A relative snapshot path is
 * taken as relative to the working directory, which is the repository root when sansou runs in
 * CI; an absolute one is made relative to `cwd` when it is given.
 */
export function artifactResolver(snapshotDir: string, cwd?: string): ArtifactResolver {
  const snapshot = splitPath(snapshotDir);
  const workdir = cwd === undefined ? undefined : splitPath(cwd);
  const knownWorkdir = workdir?.absolute ? workdir : undefined;
  const fromRoot = !snapshot.absolute ? snapshot.segments : knownWorkdir ? relativeTo(knownWorkdir, snapshot) : undefined;

  if (fromRoot !== undefined) {
    const root: SplitPath = { absolute: false, root: '', segments: fromRoot };
    return {
      uriBaseId: SRCROOT,
      locate: (file, base) => {
        const path = splitPath(file);
        const segments = path.absolute
          ? knownWorkdir && relativeTo(knownWorkdir, path)
          : base === 'snapshot'
            ? join(root, path.segments).segments
            : path.segments;
        const uri = segments ? uriOf(segments) : undefined;
        return uri === undefined ? undefined : { uri, uriBaseId: SRCROOT };
      },
    };
  }
  return {
    uriBaseId: SNAPSHOTROOT,
    locate: (file, base) => {
      const path = splitPath(file);
      // Here the snapshot is absolute: a file outside it is reached from it, when its own
      // position is known (absolute, or relative to a known working directory).
      const absolute = path.absolute ? path : base === 'cwd' && knownWorkdir ? join(knownWorkdir, path.segments) : undefined;
      const segments = absolute ? relativeTo(snapshot, absolute) : base === 'snapshot' ? [...path.segments] : undefined;
      const uri = segments ? uriOf(segments) : undefined;
      return uri === undefined ? undefined : { uri, uriBaseId: SNAPSHOTROOT };
    },
  };
}
