/** The neutral device document as schemas/device.schema.json describes it, once validated. */
export interface DeviceDocument {
  readonly 'sansou-device': 1;
  readonly hostname: string;
  readonly context?: string;
  readonly interfaces?: ReadonlyArray<{ name: string; addresses?: string[]; zone?: string; enabled?: boolean; description?: string }>;
  readonly routes?: ReadonlyArray<{
    id?: string;
    prefix: string;
    gateway?: string;
    interface?: string;
    discard?: boolean;
    distance?: number;
    priority?: number;
    enabled?: boolean;
  }>;
  readonly filters?: ReadonlyArray<{
    name: string;
    in?: string[];
    out?: string[];
    header?: 'original' | 'translated';
    default: 'permit' | 'deny';
    rules?: ReadonlyArray<DocumentRule>;
  }>;
  readonly nat?: {
    destination?: ReadonlyArray<{ id: string; in?: string[]; match: DocumentMatch; to: string; port?: number }>;
    source?: ReadonlyArray<{ id: string; in?: string[]; out?: string[]; match?: DocumentMatch; pool?: string[] }>;
  };
  readonly management?: ReadonlyArray<{ service: string; interface?: string; services: string[]; sources?: string[]; secure?: boolean }>;
  readonly admins?: ReadonlyArray<{ name: string; profile?: string }>;
}

export interface DocumentMatch {
  readonly source?: string[];
  readonly destination?: string[];
  readonly services?: string[];
}

export interface DocumentRule extends DocumentMatch {
  readonly id?: string;
  readonly name?: string;
  readonly action: 'permit' | 'deny';
  readonly in?: string[];
  readonly out?: string[];
  readonly log?: boolean;
  readonly enabled?: boolean;
  readonly comment?: string;
}
