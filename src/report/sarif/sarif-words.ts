import type { Language } from '../messages/index.js';

/** The few words only the SARIF log needs; everything else comes from the report's catalogue. */
export interface SarifWords {
  /** Describes %SRCROOT%, without saying where it is. */
  readonly srcRoot: string;
  /** Describes SNAPSHOTROOT, without saying where it is. */
  readonly snapshotRoot: string;
  /** Primary location of a finding no config line causes, at its device's config; {device}. */
  readonly deviceConfig: string;
  /** Primary location of a finding with no device either, at a snapshot file; {file}. */
  readonly snapshotFile: string;
  /**
   * A suppression's justification: {waiver} {approver} {expires} are the catalogue's labels,
   * {id} {reason} {approverName} {expiry} the waiver's values.
   */
  readonly justification: string;
}

const EN: SarifWords = {
  srcRoot: 'The directory sansou was run from: the root of the repository, for GitHub code scanning.',
  snapshotRoot: 'The audited snapshot directory (where it is, is not recorded).',
  deviceConfig: 'No single config line is responsible: the configuration of {device}.',
  snapshotFile: 'No config line is responsible: the snapshot file {file}.',
  justification: '{waiver} {id}: {reason} ({approver}: {approverName}, {expires}: {expiry})',
};

const JA: SarifWords = {
  srcRoot: 'sansou を実行したディレクトリ（GitHub code scanning ではリポジトリのルート）。',
  snapshotRoot: '監査したスナップショットのディレクトリ（場所は記録しません）。',
  deviceConfig: '特定の設定行に起因しないため、{device} の設定ファイルを示します。',
  snapshotFile: '設定行に起因しないため、スナップショットのファイル {file} を示します。',
  justification: '{waiver} {id}: {reason}（{approver}: {approverName}、{expires}: {expiry}）',
};

export function sarifWords(lang: Language): SarifWords {
  return lang === 'ja' ? JA : EN;
}
