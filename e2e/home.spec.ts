import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { collectErrors } from './console-errors'

const DAY = 86_400_000
const today = () => new Date().toISOString().slice(0, 10)
// The seeded data's newest ICE list is participatingAgencies05182026am.xlsx (1,843 rows).
const ageOfNewest = () => Math.round((Date.parse(`${today()}T00:00:00Z`) - Date.parse('2026-05-18T00:00:00Z')) / DAY)

test('the front page tells the story: newest list and its age, the surge, the 2012 phase-out with 17 vs 25, changes, map', async ({ page }) => {
  const errors = collectErrors(page)
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('287(g) agreements')
  const newest = page.getByRole('region', { name: 'Newest ICE list' })
  await expect(newest.getByText('May 18, 2026')).toBeVisible()
  await expect(newest.getByText(`${ageOfNewest().toLocaleString('en-US')} days old`)).toBeVisible()
  await expect(page.getByRole('region', { name: 'On ICE’s newest list' }).getByRole('link', { name: '1,843' })).toBeVisible()

  const surge = page.getByRole('region', { name: 'The surge since 2025' })
  await expect(surge.getByRole('img', { name: /active 287\(g\) agreements by month/ })).toBeVisible()
  await surge.getByText('Show data').click()
  await expect(surge.getByRole('row', { name: /^2026-05/ })).toContainText('1,843')
  // MANIFEST.tsv: the last list of August 2024 (ParticipatingEntities-20240829033104.xlsx) has 135 rows.
  await expect(surge.getByRole('row', { name: /^2024-08/ })).toContainText('135')

  const phaseOut = page.getByRole('region', { name: 'The 2012 phase-out' })
  await expect(phaseOut.getByText(/task-force agreements ended on Dec 31, 2012/)).toBeVisible()
  await expect(phaseOut.getByRole('link', { name: 'expired for 25 agencies' })).toHaveAttribute('href', /scpr\.org/)
  await expect(phaseOut.getByRole('link', { name: 'CIS counted 32' })).toHaveAttribute('href', /cis\.org/)
  await phaseOut.getByRole('link', { name: '17', exact: true }).click()
  await expect(page).toHaveURL(/\/agreements\?.*as_of=2012-12-01/)
  await expect(page).toHaveURL(/expires_before=2013-01-01/)

  await page.goto('/')
  await expect(page.getByRole('region', { name: /changes/i }).getByText('Added')).toBeVisible()
  await expect(page.getByRole('region', { name: 'Map' }).getByRole('link')).toHaveAttribute('href', '/map')
  expect(errors).toEqual([])
})

test('every public page can be cited: a permalink pinned to its as-of date, plain text, BibTeX and CSL-JSON', async ({ page }) => {
  await page.goto('/')
  await page.getByText('Cite this page').click()
  const footer = page.getByRole('contentinfo')
  await expect(footer.getByRole('link', { name: new RegExp(`/\\?as_of=${today()}$`) })).toBeVisible()
  await expect(footer.getByRole('region', { name: 'BibTeX' })).toContainText('@misc{tracker287g_home_')
  const csl = JSON.parse((await footer.getByRole('region', { name: 'CSL-JSON' }).textContent()) ?? '')
  expect(csl[0]).toMatchObject({ type: 'webpage', note: expect.stringContaining('newest ICE list held: 2026-05-18') })

  // A client-side navigation re-renders the citation for the new page.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'States' }).click()
  await expect(page).toHaveURL(/\/states$/)
  await page.getByText('Cite this page').click()
  await expect(footer.getByRole('region', { name: 'Plain text' })).toContainText(`/states?as_of=${today()}`)

  await page.goto('/states/TX?as_of=2012-10-16')
  await page.getByText('Cite this page').click()
  await expect(footer.getByRole('region', { name: 'Plain text' })).toContainText('“States: TX.” Numbers as of 2012-10-16; newest ICE list held: 2026-05-18.')
})

test('the home page has no serious accessibility violation', async ({ page }) => {
  await page.goto('/')
  await page.getByText('Cite this page').click()
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious, JSON.stringify(serious.map((v) => [v.id, v.nodes.map((n) => n.target)]), null, 1)).toEqual([])
})
