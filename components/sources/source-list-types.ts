export interface SourceList {
  id: number; kind: string; asOf: string; fileName: string; sha256: string; rowCount: number; caption: string | null
  sourceUrl: string | null; capturedOn: string | null; provenance: string | null; importedAt: string; label: string
}
export type ImportRecordOf = { actor: string; channel: string; at: string } | undefined

const KINDS = ['roster', 'participating', 'pending'] as const
export const isKind = (k: string): k is (typeof KINDS)[number] => (KINDS as readonly string[]).includes(k)
