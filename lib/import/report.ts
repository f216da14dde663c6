import type { ImportResult } from './apply.ts'

/** The import summary as the CLI prints it. */
export function formatImportResult(r: ImportResult): string {
  const head = r.duplicateOf
    ? `${r.fileName}: already imported as source list ${r.duplicateOf.id} (${r.duplicateOf.fileName}, as of ${r.duplicateOf.asOf}); nothing changed.`
    : `${r.fileName}: ${r.kind} list as of ${r.asOf}, ${r.rows} rows — ${r.applied ? `imported as source list ${r.sourceListId}` : 'dry run, nothing written'}.`
  if (r.duplicateOf) return head
  const c = r.counts
  return [
    head,
    `  compared with: ${r.previous ? r.previous.label : 'no earlier list'}`,
    `  added ${c.added} · re-listed ${c.relisted} · removed ${c.removed} · unchanged ${c.unchanged} · flagged ${c.flagged}`,
    `  model changes ${c.modelSwitches} · renamed ${c.renamed} · suspected renames ${c.suspectedRenames} · signing-date changes ${c.dateChanges} · new agencies ${c.newAgencies}`,
    `  by model: task force ${r.byModel.task_force} · jail enforcement ${r.byModel.jail_enforcement} · warrant service officer ${r.byModel.warrant_service_officer}`,
  ].join('\n')
}
