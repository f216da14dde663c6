import { Link } from '@/lib/i18n/navigation'

export default function Forbidden() {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">Not allowed</h1>
      <p>Your account does not have the role this page needs. Ask an admin if you should have it.</p>
      <p><Link href="/admin">Back to the admin home</Link></p>
    </div>
  )
}
