import { describe, expect, it } from 'vitest';
import { expandGroups } from '../../../parsers/junos/groups.js';
import { wildcardMatches } from '../../../parsers/junos/glob.js';
import { readBraceFormat } from '../../../parsers/junos/read-brace.js';
import { readSetFormat } from '../../../parsers/junos/read-set.js';
import { SourceText } from '../../../parsers/common/source-text.js';
import { type Statement, lineOfWord } from '../../../parsers/junos/statement.js';
import { tokenize } from '../../../parsers/junos/tokenize.js';
import { WarningSink } from '../../../parsers/junos/warnings.js';
import { fixtureText, lineOf, sampleText } from './helpers.js';

function read(text: string, format: 'set' | 'brace'): { statements: Statement[]; sink: WarningSink } {
  const source = new SourceText(text);
  const sink = new WarningSink(source);
  const statements = format === 'set' ? readSetFormat(source, sink) : readBraceFormat(source, sink);
  return { statements, sink };
}

const words = (list: readonly Statement[]) => list.map((s) => s.words.join(' '));

describe('tokenizer', () => {
  it('reads words, quoted strings with escapes, punctuation and comments, each with its line', () => {
    const { tokens, problems } = tokenize('a "b c\\"d" { e; } # gone\n/* note\n */ [ f g ] "multi\nline" <ge-[0-3]/*>');
    expect(problems).toEqual([]);
    expect(tokens.map((t) => [t.kind, t.text, t.line])).toEqual([
      ['word', 'a', 1],
      ['string', 'b c"d', 1],
      ['{', '{', 1],
      ['word', 'e', 1],
      [';', ';', 1],
      ['}', '}', 1],
      ['[', '[', 3],
      ['word', 'f', 3],
      ['word', 'g', 3],
      [']', ']', 3],
      ['string', 'multi\nline', 3],
      ['word', '<ge-[0-3]/*>', 4],
    ]);
  });

  it('reports strings and comments left open', () => {
    expect(tokenize('a "open').problems).toEqual([{ line: 1, message: 'a quoted string is not closed' }]);
    expect(tokenize('a\n/* open').problems).toEqual([{ line: 2, message: 'a /* comment */ is not closed before the end of the file' }]);
  });
});

describe('set format', () => {
  it('turns each set line into a statement and expands [ lists ]', () => {
    const { statements, sink } = read('set a b [ c d ] e\nset x "y z"\n', 'set');
    expect(words(statements)).toEqual(['a b c e', 'a b d e', 'x y z']);
    expect(statements.map((s) => s.line)).toEqual([1, 1, 2]);
    expect(sink.warnings).toEqual([]);
  });

  it('marks what `deactivate` names, and everything below it, inactive', () => {
    const { statements } = read('set p q r 1\nset p q s 2\nset p t 3\ndeactivate p q\n', 'set');
    expect(statements.map((s) => [s.words.join(' '), s.inactive])).toEqual([
      ['p q r 1', true],
      ['p q s 2', true],
      ['p t 3', false],
    ]);
  });

  it('ignores comments, prompts, cluster state and protect lines without warnings', () => {
    const { statements, sink } = read('## Last commit: x\n{primary:node0}\nadmin@srx> show configuration | display set\n[edit]\nprotect system\n\nset a b\n', 'set');
    expect(words(statements)).toEqual(['a b']);
    expect(sink.warnings).toEqual([]);
  });
});

describe('brace format', () => {
  const text = fixtureText('srx-fw');
  const { statements, sink } = read(text, 'brace');

  it('reads the sample device into the same statements as its set export', () => {
    const fromSet = read(sampleText(), 'set').statements;
    expect(new Set(words(statements))).toEqual(new Set(words(fromSet)));
    expect(sink.warnings).toEqual([]);
  });

  it('gives every leaf its own line and remembers where each enclosing block opened', () => {
    const s = statements.find((x) => x.words.join(' ') === 'security policies from-zone INET to-zone LGWAN policy file-temp match application junos-smb')!;
    expect(s.line).toBe(lineOf(text, 'application junos-smb;', 'policy file-temp'));
    expect(lineOfWord(s, 7)).toBe(lineOf(text, 'policy file-temp {'));
    expect(lineOfWord(s, 3)).toBe(lineOf(text, 'from-zone INET to-zone LGWAN {'));
    const list = statements.filter((x) => x.words.slice(0, 10).join(' ') === 'security policies from-zone INET to-zone INET policy proxy-web match application');
    expect(list.map((x) => x.words[10])).toEqual(['junos-http', 'junos-https', 'junos-smtp']);
  });

  it('keeps an empty block as a statement, and drops SECRET-DATA comments and annotations', () => {
    const { statements: st } = read('system {\n    services {\n        ssh { }\n        telnet;\n    }\n    /* comment */\n    root-authentication {\n        encrypted-password "$6$x$y"; ## SECRET-DATA\n    }\n}\n', 'brace');
    expect(words(st)).toEqual(['system services ssh', 'system services telnet', 'system root-authentication encrypted-password $6$x$y']);
    expect(st[0]!.line).toBe(3);
  });

  it('applies inactive: to a block and everything inside, and strips replace: and protect:', () => {
    const { statements: st } = read('a {\n    inactive: b {\n        c d;\n    }\n    replace: e {\n        protect: f g;\n        inactive: h i;\n    }\n}\n', 'brace');
    expect(st.map((s) => [s.words.join(' '), s.inactive])).toEqual([
      ['a b c d', true],
      ['a e f g', false],
      ['a e h i', true],
    ]);
  });

  it('reports an unbalanced close and a file that ends inside blocks, keeping what it read', () => {
    const extra = read('a {\n    b c;\n}\n}\nd e;\n', 'brace');
    expect(words(extra.statements)).toEqual(['a b c', 'd e']);
    expect(extra.sink.warnings.map((w) => [w.line, w.kind])).toEqual([[4, 'unrecognized']]);
    const truncated = read('a {\n    b c;\n    d {\n        e f;\n        g', 'brace');
    expect(words(truncated.statements)).toEqual(['a b c', 'a d e f']);
    const w = truncated.sink.warnings.map((x) => [x.line, x.comment.slice(0, 40)]);
    expect(w).toEqual([
      [5, 'the file ends inside a statement (no ";"'],
      [3, 'unbalanced braces: the file ends inside '],
    ]);
  });
});

describe('configuration groups', () => {
  const expand = (text: string) => {
    const { statements, sink } = read(text, 'set');
    return { statements: expandGroups(statements, sink), sink };
  };

  it('inherits group statements below the apply level, after the local ones, with their group and line', () => {
    const { statements } = expand('set groups G system ntp server 10.0.0.1\nset groups G system host-name from-group\nset apply-groups G\nset system host-name local\n');
    expect(statements.map((s) => [s.words.join(' '), s.group, s.line])).toEqual([
      ['system host-name local', undefined, 4],
      ['system ntp server 10.0.0.1', 'G', 1],
      ['system host-name from-group', 'G', 2],
    ]);
  });

  it('matches <wildcards> against the names the configuration uses, and honours apply-groups-except', () => {
    const { statements } = expand(
      [
        'set groups MTU interfaces <ge-*> mtu 9000',
        'set groups MTU interfaces <ge-*> unit <*> family inet mtu 1500',
        'set apply-groups MTU',
        'set interfaces ge-0/0/0 unit 0 family inet address 10.0.0.1/24',
        'set interfaces ge-0/0/1 unit 5 family inet address 10.0.1.1/24',
        'set interfaces ge-0/0/1 apply-groups-except MTU',
        'set interfaces xe-0/0/0 unit 0 family inet address 10.0.2.1/24',
      ].join('\n'),
    );
    expect(statements.filter((s) => s.group).map((s) => s.words.join(' '))).toEqual(['interfaces ge-0/0/0 mtu 9000', 'interfaces ge-0/0/0 unit 0 family inet mtu 1500']);
  });

  it('applies a group named at a lower level only below that level', () => {
    const { statements } = expand('set groups G interfaces ge-0/0/0 description x\nset groups G system host-name g\nset interfaces apply-groups G\n');
    expect(statements.map((s) => s.words.join(' '))).toEqual(['interfaces ge-0/0/0 description x']);
  });

  it('reads a cluster export as node0 and warns about the undefined and the unexpandable', () => {
    const { statements, sink } = expand('set groups node0 system host-name n0\nset groups node1 system host-name n1\nset apply-groups "${node}"\nset apply-groups MISSING\nset groups H apply-groups G\n');
    expect(statements.map((s) => s.words.join(' '))).toEqual(['system host-name n0']);
    expect(sink.warnings.map((w) => [w.line, w.kind]).sort((a, b) => (a[0] as number) - (b[0] as number))).toEqual([
      [3, 'unsupported'],
      [4, 'invalid'],
      [5, 'unsupported'],
    ]);
  });

  it('matches wildcards with *, ? and character classes, without backtracking blow-up', () => {
    expect(wildcardMatches('<ge-*>', 'ge-0/0/1')).toBe(true);
    expect(wildcardMatches('<ge-0/0/[0-3]>', 'ge-0/0/3')).toBe(true);
    expect(wildcardMatches('<ge-0/0/[!0-3]>', 'ge-0/0/3')).toBe(false);
    expect(wildcardMatches('<?e-*>', 'xe-1/0/0')).toBe(true);
    expect(wildcardMatches('<*.0>', 'reth0.10')).toBe(false);
    expect(wildcardMatches(`<${'*a'.repeat(30)}b>`, 'a'.repeat(60))).toBe(false);
  });
});
