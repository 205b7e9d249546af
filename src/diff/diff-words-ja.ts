import type { DiffWords } from './diff-words.js';

export const diffWordsJa: DiffWords = {
  title: 'sansou 変更差分',
  before: '変更前',
  after: '変更後',
  findingsHeadline: '検出事項: 追加 {added} 件、解消 {resolved} 件、変化なし {unchanged} 件',
  added: '追加された検出事項',
  resolved: '解消された検出事項',
  unchanged: '変化のない検出事項',
  allowed: '新たに通るようになる通信（{count} 区分）',
  blocked: '通らなくなる通信（{count} 区分）',
  none: 'なし',
  violation: '✗ 違反（{checks}）',
  compliant: '✓ 適合',
  dispositions: { delivered: '別の宛先に到達', accepted: '機器が受信', denied: '拒否', 'no-route': '経路なし', 'null-route': 'null ルート', loop: 'ループ' },
  responsible: '該当ルール',
  coverage: '入力の解釈（解釈率 {before}% → {after}%）',
  coverageSame: 'すべての入力を変更前と同じく解釈しました。',
  newFile: '新規',
  removedFile: '削除',
  unrecognized: '未解釈 {count} 行',
};
