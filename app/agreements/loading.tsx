export default function AgreementsLoading() {
  return (
    <div className="space-y-4" aria-busy="true">
      <h1 className="text-2xl font-bold">287(g) agreements</h1>
      <p className="text-sm text-muted">Loading agreements…</p>
      <div className="space-y-2" aria-hidden="true">
        {Array.from({ length: 10 }, (_, i) => (
          <div key={i} className="h-7 animate-pulse rounded bg-wash" />
        ))}
      </div>
    </div>
  )
}
