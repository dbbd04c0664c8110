/** The admin dashboard's work queues (issue #18), computed in work-queues.ts. */
import type { Payload, TypedUser } from 'payload'
import React from 'react'

import { queuesFor } from './work-queues'

/** The work queues block above the collection cards. */
export async function WorkQueues({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  if (!user) return null
  const queues = await queuesFor(payload, user)
  if (!queues.length) return null
  return (
    <section aria-labelledby="hang-cho-tieu-de" style={{ marginBottom: '2rem' }}>
      <h2 id="hang-cho-tieu-de">Việc cần xử lý</h2>
      <ul style={{ listStyle: 'none', padding: 0, display: 'grid', gap: '1rem', gridTemplateColumns: 'repeat(auto-fit, minmax(18rem, 1fr))' }}>
        {queues.map((q) => (
          <li key={q.title} className="work-queue" style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '1rem' }}>
            <h3 style={{ marginTop: 0 }}>
              <a href={q.href}>
                {q.count} {q.title.charAt(0).toLowerCase() + q.title.slice(1)}
              </a>
            </h3>
            {q.count === 0 ? (
              <p>{q.empty}</p>
            ) : (
              q.items && (
                <ul>
                  {q.items.map((i) => (
                    <li key={i.href}>
                      <a href={i.href}>{i.label}</a>
                      <div>{i.detail}</div>
                    </li>
                  ))}
                </ul>
              )
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
