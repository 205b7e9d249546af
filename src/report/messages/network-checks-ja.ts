import type { CheckText } from './catalogue.js';

/** Words for the checks about what the network lets through and how well its inputs were read (ja). */
export const networkChecksJa: Readonly<Record<string, CheckText>> = {
  'MYNUMBER-INTERNET': {
    title: 'マイナンバー利用事務系とインターネット側の通信',
    message: '{from} から開始された通信が {to} に届きます。マイナンバー利用事務系はインターネット側と一切通信できてはなりません。',
    remediation: '表示された経路上で通信を拒否してください（許可ルールの削除または限定）。マイナンバー利用事務系はインターネット側と通信しません。',
  },
  'MYNUMBER-LGWAN': {
    title: 'マイナンバー利用事務系から LGWAN への承認外の通信',
    message: '{from} から開始された通信が {to} に届き、承認された特定通信のいずれにも該当しません。',
    remediation: '承認済みのホストとポートに限定してください（通信経路の限定）。正規の特定通信であれば sansou.yaml の approved に登録してください。',
  },
  'MYNUMBER-OTHER': {
    title: 'マイナンバー利用事務系から他の領域への承認外の通信',
    message: '{from} から開始された通信が {to} に届き、承認された特定通信のいずれにも該当しません。',
    remediation: 'マイナンバー利用事務系をこの領域から分離するか、承認済みのホストとポートに限定して approved に登録してください。',
  },
  'INTERNET-LGWAN-UNSANITIZED': {
    title: 'インターネット側から LGWAN への無害化を経ない通信（無害化の欠落）',
    message: '{from} から開始された通信が {to} に届き、このモデルが認める登録済み無害化装置（メール・ファイル無害化はどちらかの端、β/β′ では宛先の画面転送サーバも）を経ていません。',
    remediation: '許可を削除するか、登録された無害化装置（メールテキスト化、ファイル無害化。β/β′ では LGWAN 側の画面転送サーバ）を経由させ、そのホストとサービスのみを許可してください。',
  },
  'LGWAN-INTERNET-DIRECT': {
    title: 'LGWAN からインターネット側への直接通信',
    message: '{from} から開始された通信が {to} に届き、このモデルが認めるエントリ（サービスを限った無害化装置、α/α′ では宛先の画面転送サーバ、α′ では宣言されたローカルブレイクアウト先）のいずれにも該当しません。',
    remediation: 'LGWAN からインターネット側への直接の許可を削除してください。認めるのは無害化装置のサービスと、α/α′ では画面転送サーバ（α′ では宣言したブレイクアウト先）だけです。β/β′ では LGWAN から開始する通信は無害化装置宛てに限ります。',
  },
  'WAN-TRANSIT': {
    title: '組織内を経由した外部ネットワーク間の通信',
    message: '{from}（{fromKind}）から開始された通信が、組織の機器を経由して {to}（{toKind}）に届きます。',
    remediation: '種類の異なる外部ネットワーク間の中継を拒否してください。組織のネットワークはそれらを橋渡ししてはなりません。',
  },
  'APPROVED-TOO-BROAD': {
    title: '通信経路が限定されていない許可エントリ',
    message: 'sansou.yaml の {kind}「{name}」はホストとポートに限定されていません: {fields}（一方の端は {max} アドレスまで、サービスはプロトコルとポートを指定）。',
    remediation: 'エントリを必要なホスト（IP アドレス）とポート番号に絞ってください（通信経路の限定）。any や /0、ポート全体の指定は使わないでください。',
  },
  'INTERNET-EGRESS-BYPASS': {
    title: '自治体情報セキュリティクラウドを経由しないインターネット通信',
    message: '{from} から開始された通信が、自治体情報セキュリティクラウドとして指定されていない接続点（{via}）から {to} に届きます。',
    remediation: 'インターネット接続系からのインターネット通信は、securityCloud: true の接続点（自治体情報セキュリティクラウド）だけを経由させてください。',
  },
  'EXPOSED-TO-INTERNET': {
    title: 'インターネットから到達できる DMZ 外のホスト',
    message: 'インターネット（{from}）から開始された通信が、DMZ ではない {to} のホストに届きます（VIP/DNAT を含む）。',
    remediation: '公開が必要なサービスは DMZ に置き、それ以外への着信を拒否してください。意図した公開であれば sansou.yaml の published にホストとサービスを登録してください。',
  },
  'CLASSIFIED-ASSET-EXPOSED': {
    title: 'インターネット側から到達できる重要な情報資産',
    message: '{classification} に分類された資産 {host}（{address}）に、{from} から開始された通信が届きます（{to}）。',
    remediation: 'この資産への経路上でインターネット側からの通信を拒否するか、登録された無害化装置経由に限定してください。分類が誤っていれば資産台帳を修正してください。',
  },
  'primitive:forbid-flow': {
    title: '禁止された領域間の通信',
    message: '{from} から開始された通信が {to} に届きます。このチェックはこの通信を認めていません。',
    remediation: '表示された経路上の許可ルールを削除するか限定してください。',
  },
  'primitive:flow-matrix': {
    title: 'ゾーン間マトリクスで認められていない通信',
    message: '{from} から開始された通信が {to} に届きます。マトリクスがこの組で認めるのは {allowed} だけです。',
    remediation: '表示された経路上の許可ルールを、マトリクスが認めるサービスに限定してください。',
  },
  'UNFILTERED-BRIDGE': {
    title: 'フィルタなしで領域間を転送する機器',
    message: '{device} は {in}（{from}）から {out}（{to}）へ、その方向にフィルタ規則が一つもないまま転送します。',
    remediation: 'これらのインタフェース間にフィルタ（ポリシー、ACL、ゾーン規則）を設定してください。FortiGate のゾーンでは intrazone deny にするかゾーンを分けてください。',
  },
  'UNCLASSIFIED-NETWORK': {
    title: 'どの領域にも分類されていないネットワーク',
    message: {
      interface: 'インタフェース {device} {iface} のネットワーク {subnet} は、sansou.yaml のどの領域・外部ネットワーク・transit にも含まれていません。',
      reachable: '{from} からの通信が、どの領域・外部ネットワークにも属さない {destinations} に届きます。',
    },
    remediation: 'sansou.yaml でこの範囲を宣言してください（領域、外部ネットワーク、または機器間の接続のみなら transit）。',
  },
  'INVENTORY-MISMATCH': {
    title: '資産台帳とネットワークの不一致',
    message: {
      'segment-differs': '資産台帳の {host} は領域 {stated} とされていますが、{address} は {actual} にあります。',
      'no-network': '資産台帳の {host} のアドレス {address} は、宣言されたどの領域にも属しません。',
      'unknown-segment': '資産台帳の {host} の領域「{segment}」は、サイトの領域として定義されていません。',
    },
    remediation: '資産台帳（情報資産台帳）またはサイトファイルを修正し、同じネットワークを表すようにしてください。',
  },
  'PARSE-UNRECOGNIZED': {
    title: '解釈できなかった設定',
    message: {
      partial: '{file}（{format}）: {lines} 行中 {count} 行を解釈できませんでした。これらの行の設定は監査に反映されていない可能性があります。',
      failed: '{file} を設定ファイルとして読み込めませんでした: {reason}',
    },
    remediation: '表示された行を確認してください。対応形式で設定全体を書き出すか、構文を sansou の保守者に報告してください。',
  },
};
