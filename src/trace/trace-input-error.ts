/**
 * Bad input to a trace: an option that does not parse, an address no traffic can start from,
 * a segment the site does not declare. The message names the option and says what was
 * expected, on one line; the command line turns it into exit status 2.
 */
export class TraceInputError extends Error {
  override readonly name = 'TraceInputError';
}

export function isTraceInputError(error: unknown): error is TraceInputError {
  return error instanceof TraceInputError;
}
