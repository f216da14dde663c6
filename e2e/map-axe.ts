import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

/**
 * axe for a page with the county map. Every county is the same markup from one function (components/map/county-markup.ts,
 * unit-tested), so axe checks the first 100 and the rest of the page in full: all 3,221 took it 3 minutes per page.
 */
export const mapAxe = (page: Page) => new AxeBuilder({ page }).exclude('use[data-fips]:nth-of-type(n+101)')
