import { createColumnHelper } from '@tanstack/table-core'
import { useTranslations, type Messages } from 'next-intl'
import { Link } from '@/lib/i18n/navigation'
import type { AgreementItem } from '@/lib/agreements/queries'
import { agreementModelOptions, agreementStatusOptions, type AgreementModel } from '@/lib/agreements/constants'
import { STATES, stateName } from '@/lib/states'
import { StatusBadge } from './status-badge'
import type { TableModelFeatures } from './table-model'

const helper = createColumnHelper<TableModelFeatures, AgreementItem>()
const stateOptions = STATES.map(([value, name]) => ({ value, label: `${name} (${value})` }))

function DateCell({ value }: { value: string | null }) {
  const t = useTranslations('agreements')
  return value ? <time dateTime={value} className="whitespace-nowrap tabular">{value}</time> : <span className="text-muted">{t('unknown')}</span>
}

export type ColumnId = keyof Messages['agreements']['columns']

/** A column's heading in the reader's language; `meta.label` stays the English name the API and exports use. */
export function ColumnLabel({ id }: { id: ColumnId }) {
  return useTranslations('agreements.columns')(id)
}

function ModelName({ model }: { model: AgreementModel }) {
  return useTranslations('labels.model')(model)
}

const dateColumn = (key: 'signed_on' | 'expires_on' | 'first_listed_on' | 'last_listed_on', label: string) =>
  helper.accessor(key, {
    id: key,
    header: () => <ColumnLabel id={key} />,
    meta: { label },
    sortDescFirst: true,
    cell: (info) => <DateCell value={info.getValue()} />,
  })

/** Column ids are the API's sort keys, so the table's sorting state maps onto `sort=` directly. Every column names its
 * id, even an accessor key, because the filter form and the column picker look definitions up by id. */
export const agreementColumns = helper.columns([
  helper.accessor((r) => r.agency.name, {
    id: 'agency',
    header: () => <ColumnLabel id="agency" />,
    meta: { label: 'Agency' },
    enableHiding: false,
    cell: ({ row }) => {
      const a = row.original.agency
      return (
        <>
          <Link href={`/agencies/${a.id}`}>{a.name}</Link>
          {a.county && <span className="block text-xs text-muted">{a.county}</span>}
        </>
      )
    },
  }),
  helper.accessor((r) => r.agency.state, {
    id: 'state',
    header: () => <ColumnLabel id="state" />,
    meta: { label: 'State', options: stateOptions },
    cell: (info) => <abbr title={stateName(info.getValue())} className="no-underline">{info.getValue()}</abbr>,
  }),
  helper.accessor('model', {
    id: 'model',
    header: () => <ColumnLabel id="model" />,
    meta: { label: 'Model', options: agreementModelOptions },
    cell: (info) => {
      const model = info.getValue() as AgreementModel
      return (
        <span className="inline-flex items-center gap-1.5 whitespace-nowrap">
          <span aria-hidden="true" className="inline-block size-2.5 rounded-full" style={{ background: `var(--color-${model})` }} />
          <ModelName model={model} />
        </span>
      )
    },
  }),
  helper.accessor('status', {
    id: 'status',
    header: () => <ColumnLabel id="status" />,
    meta: { label: 'Status', options: agreementStatusOptions },
    cell: (info) => <StatusBadge status={info.getValue()} />,
  }),
  dateColumn('signed_on', 'Signed'),
  dateColumn('expires_on', 'Expires'),
  dateColumn('first_listed_on', 'First listed'),
  dateColumn('last_listed_on', 'Last listed'),
])
