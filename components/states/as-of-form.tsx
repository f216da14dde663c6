import { useTranslations } from 'next-intl'

interface AsOfFormProps {
  asOf: string
  max: string
  /** Other parameters to keep when the date changes (e.g. sort). */
  keep?: Record<string, string>
}

/** A plain GET form: works without JavaScript and keeps the URL the only home of the date. */
export function AsOfForm({ asOf, max, keep = {} }: AsOfFormProps) {
  const t = useTranslations('states')
  return (
    <form method="get" className="flex flex-wrap items-end gap-2 text-sm">
      {Object.entries(keep).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <label className="flex flex-col">
        <span>{t('asOfDate')}</span>
        <input type="date" name="as_of" defaultValue={asOf} max={max} min="2008-01-01" className="rounded border border-line px-2 py-1" />
      </label>
      <button type="submit" className="rounded border border-line bg-wash px-3 py-1">
        {t('show')}
      </button>
    </form>
  )
}
