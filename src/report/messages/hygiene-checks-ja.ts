import type { ObjectKind } from '../../model/objects.js';
import type { CheckText } from './catalogue.js';

/** What each kind of object is called; the object checks select their message by kind. */
const KIND_WORDS: Readonly<Record<ObjectKind, string>> = {
  address: 'アドレス',
  'address-group': 'アドレスグループ',
  service: 'サービス',
  'service-group': 'サービスグループ',
  zone: 'ゾーン',
  interface: 'インタフェース',
  vip: 'VIP（宛先NAT）',
  'vip-group': 'VIP グループ',
  'ip-pool': 'NAT アドレスプール',
  schedule: 'スケジュール',
  acl: 'アクセスリスト（フィルタ）',
};

/** One message per kind of object, from a template taking the kind's word. */
function perKind(template: (kind: string) => string): Readonly<Record<string, string>> {
  return Object.fromEntries(Object.entries(KIND_WORDS).map(([kind, word]) => [kind, template(word)]));
}

/** Words for the checks on the devices' own configuration: rules, objects, management, accounts (ja). */
export const hygieneChecksJa: Readonly<Record<string, CheckText>> = {
  'RULE-SHADOWED': {
    title: '到達しないルール（先行ルールに隠されたルール）',
    message: {
      conflicting:
        '{device} の {stage} のルール {rule} は、先に評価されるルール {coveredBy} にすべての通信を取られており、一度も適用されません。先行ルールの動作が逆のため、このルールの意図（許可または拒否）は実現されていません。',
      redundant: '{device} の {stage} のルール {rule} は、先に評価されるルール {coveredBy} と同じ通信を同じ動作で処理しており、一度も適用されません（重複ルール）。',
    },
    remediation: '意図した動作であれば不要なルールを削除してください。意図と異なる場合は、ルールの順序を見直すか先行ルールの条件を狭めてください。',
  },
  'RULE-ANY-ANY': {
    title: '送信元・宛先・サービスをすべて許可するルール',
    message: '{device} の {stage} のルール {rule} は、送信元・宛先・サービスのいずれも限定せずに通信を許可しています。',
    remediation: '業務に必要な送信元・宛先・サービスに限定してください（通信経路の限定）。一時的な設定であれば削除してください。',
  },
  'OBJECT-UNDEFINED': {
    title: '定義されていないオブジェクトの参照',
    message: perKind((kind) => `{device} で、定義されていない${kind}「{name}」が {usedBy} から参照されています（参照箇所 {count} か所）。この参照は何にも一致しません。`),
    remediation: '名前の誤りを修正するか、オブジェクトを定義してください。機器によっては設定の投入時に拒否されているため、実機の設定も確認してください。',
  },
  'OBJECT-UNUSED': {
    title: '使われていないオブジェクト',
    message: perKind((kind) => `{device} の${kind}「{name}」は定義されていますが、sansou が読み取るポリシー・グループ・NAT・経路のいずれからも参照されていません。`),
    remediation: 'VPN など sansou が読み取らない設定で使われていないことを確認したうえで、不要であれば削除してください。',
  },
  'MGMT-INSECURE': {
    title: '平文・脆弱な管理アクセス',
    message: {
      interface: '{device} のインタフェース {interface} で、暗号化されない管理サービス {service} が有効になっています。',
      all: '{device} で、暗号化されない管理サービス {service} がすべてのインタフェースで有効になっています。',
    },
    remediation: 'telnet・http・SNMP v1/v2c を無効にし、SSH・HTTPS・SNMPv3（認証と暗号化あり）に切り替えてください。',
  },
  'DEFAULT-ADMIN': {
    title: '初期設定の管理者アカウント',
    message: {
      named: '{device} に、製品の初期アカウント名または推測されやすい名前の管理者アカウント「{account}」があります。',
      anonymous: '{device} にはログインユーザーが登録されておらず、ユーザー名のない初期のログイン（共通パスワードのみ）で管理されています。',
    },
    remediation: '管理者ごとに推測されにくい名前の個人アカウントを作成し、初期アカウントは削除するか無効にしてください。',
  },
  'MGMT-EXPOSED': {
    title: 'インターネット側から到達できる管理サービス',
    message: {
      interface: '{device} の管理サービス {service}（{interface} で有効）に、{from} から開始した通信が到達できます。',
      device: '{device} の管理サービス {service} に、{from} から開始した通信がすべてのアドレスで到達できます。',
    },
    remediation: '管理アクセスを許可するホストを限定してください（trusted host、allowaccess の見直し、管理用 ACL）。インターネット側のインタフェースでは管理サービスを無効にしてください。',
  },
  'CROSS-SEGMENT-NO-LOG': {
    title: 'ログを取らない領域間の通信許可',
    message: '{device} のルール {rule}（{stage}）は、領域間の通信をログを記録せずに許可しています: {pairs}。',
    remediation: 'このルールでログの記録を有効にしてください。領域間の通信は事後に追跡できるよう記録が必要です。',
  },
};
