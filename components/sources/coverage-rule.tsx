import { useTranslations } from 'next-intl'

interface CoverageRuleProps {
  windowDays: { participating: number; pending: number; roster: number }
  staleAfterDays: number
}

export function CoverageRule({ windowDays, staleAfterDays }: CoverageRuleProps) {
  const t = useTranslations('sources.coverage')
  return (
    <section id="coverage" aria-labelledby="coverage-h" className="scroll-mt-4 space-y-2">
      <h2 id="coverage-h" className="text-lg font-semibold">{t('title')}</h2>
      <ul className="list-disc space-y-1 pl-5">
        <li>{t('one')}</li>
        <li>{t('two', { participating: windowDays.participating, roster: windowDays.roster })}</li>
        <li>{t('three')}</li>
        <li>{t('four', { days: staleAfterDays })}</li>
        <li>{t('five')}</li>
        <li>{t('six')}</li>
      </ul>
    </section>
  )
}
