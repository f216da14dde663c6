'use client'

import { useClientText } from '@/lib/i18n/client'
import dynamic from 'next/dynamic'
import type { CompareChartProps } from './compare-chart'

// recharts draws only in the browser; loading it here keeps it out of every other route's bundle.
const Chart = dynamic(() => import('./compare-chart').then((m) => m.CompareChart), {
  ssr: false,
  loading: () => <ChartLoading />,
})

function ChartLoading() {
  return <p className="flex h-96 items-center justify-center rounded bg-wash text-sm text-muted">{useClientText('compare')('loading')}</p>
}

export function CompareChartLoader(props: CompareChartProps) {
  return <Chart {...props} />
}
