import { useLocale, useTranslations } from 'next-intl'
import { englishText } from '@/lib/i18n/lang'
import { buildCitation, type CitationInput } from './citation'

interface CiteThisProps {
  citation: CitationInput
}

/** "Cite this": the page's permalink and its citation in three formats, selectable text with no script. */
export function CiteThis({ citation }: CiteThisProps) {
  const t = useTranslations('cite')
  const lang = englishText(useLocale())
  const c = buildCitation(citation)
  const formats = [
    { id: 'text', label: t('text'), body: c.text },
    { id: 'bibtex', label: 'BibTeX', body: c.bibtex },
    { id: 'csl', label: 'CSL-JSON', body: c.csl },
  ]
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-accent">{t('summary')}</summary>
      <div className="mt-2 space-y-2 text-ink">
        <p>
          {t('permalink', { date: citation.asOf })} <a href={c.permalink}>{c.permalink}</a>
        </p>
        {formats.map((f) => (
          <div key={f.id}>
            <p className="text-xs font-semibold" id={`cite-${f.id}`}>
              {f.label}
            </p>
            <pre lang={lang} tabIndex={0} role="region" aria-labelledby={`cite-${f.id}`} className="overflow-x-auto whitespace-pre-wrap break-all rounded border border-line bg-paper p-2 text-xs">
              {f.body}
            </pre>
          </div>
        ))}
      </div>
    </details>
  )
}
