const ITEMS = [
  { fill: '#3f2a66', label: 'Activated in the 90 days up to the as-of date' },
  { fill: '#9a86c4', label: 'Activated earlier' },
  { fill: '#f2f2f2', label: 'Not yet activated' },
  { fill: 'url(#legend-no-date)', label: 'No activation date recorded' },
]

export function MapLegend() {
  return (
    <ul aria-label="Map legend" className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs">
      {ITEMS.map((i) => (
        <li key={i.label} className="flex items-center gap-1.5">
          <svg width="18" height="12" aria-hidden="true">
            <defs>
              <pattern id="legend-no-date" patternUnits="userSpaceOnUse" width="4" height="4">
                <rect width="4" height="4" fill="#fff" />
                <path d="M0 4L4 0" stroke="#777" strokeWidth="1" />
              </pattern>
            </defs>
            <rect x="0.5" y="0.5" width="17" height="11" fill={i.fill} stroke="#999" />
          </svg>
          {i.label}
        </li>
      ))}
      <li className="flex items-center gap-1.5">
        <svg width="18" height="12" aria-hidden="true">
          <rect x="1" y="1" width="16" height="10" fill="#fff" stroke="#000" strokeWidth="2" />
        </svg>
        Black outline: a county-level 287(g) agreement active on the as-of date
      </li>
    </ul>
  )
}
