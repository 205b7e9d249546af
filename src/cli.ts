import { type CliIo, EXIT_OK, EXIT_UNUSABLE, isUsageError } from './cli/io.js';

// Each command is imported only when it runs: loading the whole library (parsers, schemas)
// takes most of a second, which `sansou tui` would otherwise spend before its first frame.

const USAGE = `sansou — audit a municipal network against the three-layer separation (三層の対策)

Usage:
  sansou audit <snapshot> [--format text|json] [--output FILE] [--fail-on LEVEL] [--lang ja|en]
               [--policy ID] [--ruleset FILE]... [--today YYYY-MM-DD] [--tui]
  sansou tui <snapshot> [--lang ja|en] [--policy ID] [--ruleset FILE]... [--today YYYY-MM-DD]
             [--diff BEFORE]
  sansou diff <before> <after> [--format text|json] [--output FILE] [--fail-on LEVEL] [--lang ja|en]
              [--policy ID] [--ruleset FILE]... [--today YYYY-MM-DD] [--tui]
  sansou trace <snapshot> --src ADDRESS --dst ADDRESS [--proto P] [--dport N] [--sport N]
               [--ingress DEVICE:INTERFACE] [--format text|json] [--lang ja|en]
  sansou trace <snapshot> --from SEGMENT --to SEGMENT [--proto P] [--dport N] [--format text|json]
  sansou rulesets [ID] [--lang ja|en] [--format text|json]
  sansou --version
  sansou help [command]

A snapshot is a directory: configs/ (device exports), optional sansou.yaml (site file)
and inventory.csv (asset inventory). Nothing is sent anywhere: sansou works offline.
sansou tui (or audit --tui) browses the audit in the terminal; it needs a TTY.`;

/**
 * The command line: parse arguments, call the library, map the outcome to an exit status.
 * It holds no audit logic of its own.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'audit':
        // await, so that errors of the --tui hand-over are caught below like any other.
        return await (await import('./cli/audit-command.js')).runAudit(rest, io);
      case 'tui':
        return await (await import('./cli/tui-command.js')).runTuiCommand(rest, io);
      case 'diff':
        return await (await import('./cli/diff-command.js')).runDiff(rest, io);
      case 'trace':
        return await (await import('./cli/trace-command.js')).runTrace(rest, io);
      case 'rulesets':
        return (await import('./cli/rulesets-command.js')).runRulesets(rest, io);
      case '--version':
      case '-v':
        io.stdout.write(`${(await import('./report/report-document.js')).toolVersion()}\n`);
        return EXIT_OK;
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout.write(`${await usageOf(rest[0])}\n`);
        return command === undefined ? EXIT_UNUSABLE : EXIT_OK;
      default:
        io.stderr.write(`sansou: unknown command ${command}\n\n${USAGE}\n`);
        return EXIT_UNUSABLE;
    }
  } catch (error) {
    const { isSnapshotError } = await import('./snapshot/load-snapshot.js');
    const { isRulesetError } = await import('./rulesets/shipped.js');
    if (isUsageError(error) || isSnapshotError(error)) {
      io.stderr.write(`sansou: ${error.message}\n`);
      return EXIT_UNUSABLE;
    }
    if (isRulesetError(error)) {
      io.stderr.write(`sansou: broken installation: ${error.message}\n`);
      return EXIT_UNUSABLE;
    }
    // parseArgs reports unknown options with a code; they are usage errors too.
    if (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`sansou: ${error.message}\n`);
      return EXIT_UNUSABLE;
    }
    throw error;
  }
}

/** The usage text of a command, or the overview. */
async function usageOf(command: string | undefined): Promise<string> {
  switch (command) {
    case 'audit':
      return (await import('./cli/audit-command.js')).AUDIT_USAGE;
    case 'rulesets':
      return (await import('./cli/rulesets-command.js')).RULESETS_USAGE;
    case 'tui':
      return (await import('./cli/tui-command.js')).TUI_USAGE;
    case 'trace':
      return (await import('./cli/trace-command.js')).TRACE_USAGE;
    case 'diff':
      return (await import('./cli/diff-command.js')).DIFF_USAGE;
    default:
      return USAGE;
  }
}
