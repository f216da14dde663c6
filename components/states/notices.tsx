interface NoticesProps {
  notices: string[]
}

export function Notices({ notices }: NoticesProps) {
  if (!notices.length) return null
  return (
    <div role="status" className="rounded border border-amber-400 bg-amber-50 p-3 text-sm">
      <ul className="list-disc pl-5">
        {notices.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </div>
  )
}
