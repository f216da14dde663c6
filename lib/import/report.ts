import type { ImportResult } from './apply.ts'
import type { CorrectionConflict, CountyReport, KeptValue } from './conflicts.ts'
import { LOCK_LABELS } from './locks.ts'

const SHOWN = 10

/** "Agreement 406, Panama City Beach Police Department (FL): signing date kept as corrected, 2025-02-26; the list says 2025-02-25 (row 88)…" */
export function conflictText(c: CorrectionConflict): string {
  const label = LOCK_LABELS[c.field as keyof typeof LOCK_LABELS] ?? c.field
  const when = c.corrected ? `; corrected ${c.corrected.on} by ${c.corrected.by}: “${c.corrected.reason}”` : ''
  return `${c.recordType} ${c.recordId}, ${c.agency} (${c.state}): ${label} kept as corrected, ${c.held ?? '(empty)'}; the list says ${c.listed ?? '(empty)'} (row ${c.rowNumber})${when}`
}

export function keptText(k: KeptValue): string {
  return `Agreement ${k.agreementId}, ${k.agency} (${k.state}): signing date ${k.held} kept; the list prints “${k.listedRaw ?? ''}” (row ${k.rowNumber}, ${k.flags.join(', ') || 'unreadable'})`
}

export function countySummary(c: CountyReport): string {
  const u = c.unresolved
  const missing = u.not_given + u.state_agency + u.unknown_name + u.ambiguous + u.unknown_state
  return `${c.resolved} rows resolved to a county (${c.readThrough} through a spelling or the agency's name); ${missing} without one: ` +
    `no county given ${u.not_given} · state agency ${u.state_agency} · not a county of the state ${u.unknown_name} · ambiguous ${u.ambiguous}${u.unknown_state ? ` · unknown state ${u.unknown_state}` : ''}`
}

/** The import summary as the CLI prints it. */
export function formatImportResult(r: ImportResult): string {
  const head = r.duplicateOf
    ? `${r.fileName}: already imported as source list ${r.duplicateOf.id} (${r.duplicateOf.fileName}, as of ${r.duplicateOf.asOf}); nothing changed.`
    : `${r.fileName}: ${r.kind} list as of ${r.asOf}, ${r.rows} rows — ${r.applied ? `imported as source list ${r.sourceListId}` : 'dry run, nothing written'}.`
  if (r.duplicateOf) return head
  const c = r.counts
  const { corrections, kept, counties } = r.conflicts
  return [
    head,
    `  compared with: ${r.previous ? r.previous.label : 'no earlier list'}`,
    `  added ${c.added} · re-listed ${c.relisted} · removed ${c.removed} · unchanged ${c.unchanged} · flagged ${c.flagged}`,
    `  model changes ${c.modelSwitches} · renamed ${c.renamed} · suspected renames ${c.suspectedRenames} · signing-date changes ${c.dateChanges} · new agencies ${c.newAgencies}`,
    `  by model: task force ${r.byModel.task_force} · jail enforcement ${r.byModel.jail_enforcement} · warrant service officer ${r.byModel.warrant_service_officer}`,
    `  corrections the list disagrees with (kept): ${corrections.length}`,
    ...corrections.slice(0, SHOWN).map((x) => `    ${conflictText(x)}`),
    ...(kept.length ? [`  good signing dates kept over unreadable or implausible ones: ${kept.length}`, ...kept.slice(0, SHOWN).map((k) => `    ${keptText(k)}`)] : []),
    `  counties: ${countySummary(counties)}`,
  ].join('\n')
}
