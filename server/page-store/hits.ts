import fs from 'node:fs'
import path from 'node:path'

/** How many of the most read pages the file keeps (a few kilobytes a thousand). */
const KEPT = 5000

/**
 * How often each document page is read, counted in memory (one map increment a request) and
 * saved to `hits.json` now and then and at shutdown, so the most read pages are known at the
 * next start (issue 19: only those are rendered ahead). Counts are halved at each save, so
 * what readers want now outweighs what they wanted last month.
 */
export class HitCounter {
  private counts = new Map<string, number>()

  constructor(private readonly file: string) {}

  load(): void {
    try {
      const saved = JSON.parse(fs.readFileSync(this.file, 'utf8')) as [string, number][]
      for (const [p, n] of saved) if (typeof p === 'string' && typeof n === 'number') this.counts.set(p, n)
    } catch {
      // No file yet, or one cut short by a crash: counting starts again.
    }
  }

  hit(pathname: string): void {
    this.counts.set(pathname, (this.counts.get(pathname) ?? 0) + 1)
  }

  /** The most read paths first, at most `n`. */
  top(n: number): string[] {
    return [...this.counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([p]) => p)
  }

  /** Writes the most read pages (a temporary file renamed over the old one) and halves the counts. */
  async save(): Promise<void> {
    const kept = [...this.counts].sort((a, b) => b[1] - a[1]).slice(0, KEPT)
    const tmp = `${this.file}.${process.pid}.tmp`
    await fs.promises.mkdir(path.dirname(this.file), { recursive: true })
    await fs.promises.writeFile(tmp, JSON.stringify(kept))
    await fs.promises.rename(tmp, this.file)
    this.counts = new Map(kept.map(([p, n]) => [p, n / 2]).filter(([, n]) => (n as number) >= 0.5) as [string, number][])
  }
}
