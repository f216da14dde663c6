import CiteSlot from './[...path]/page'

/** The home page's citation: the catch-all cannot also match "/". */
export default async function HomeCite({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return <CiteSlot params={Promise.resolve({ path: [] })} searchParams={searchParams} />
}
