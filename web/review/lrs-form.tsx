/** Reading this scenario's answers from the organisation's LRS: endpoint, key and secret, then the desk reads. */
import { useState } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { ReviewDesk } from '../../app/review/review-desk.ts';
import type { ReviewT } from './use-review-text.ts';

/** The form, folded by default. */
export function LrsForm({ desk, r }: { desk: StoreApi<ReviewDesk>; r: ReviewT }) {
  const [busy, setBusy] = useState(false);
  return (
    <details className="lrs-form">
      <summary>{r('lrsTitle')}</summary>
      <p className="small muted">{r('lrsIntro')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          const field = (k: string) => String(data.get(k) ?? '');
          setBusy(true);
          void desk
            .getState()
            .readLrs({ endpoint: field('endpoint'), username: field('username'), password: field('password') })
            .finally(() => setBusy(false));
        }}
      >
        <label>
          {r('lrsEndpoint')} <input name="endpoint" type="url" required placeholder="https://lrs.example.org/xAPI/" />
        </label>
        <label>
          {r('lrsUser')} <input name="username" type="text" autoComplete="username" />
        </label>
        <label>
          {r('lrsPassword')} <input name="password" type="password" autoComplete="current-password" />
        </label>
        <button type="submit" disabled={busy}>
          {r('lrsRead')}
        </button>
      </form>
    </details>
  );
}
