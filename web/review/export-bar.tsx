/** Exporting: the whole review, one trainee's part of it (the answers of one imported file), the scenario file. */
import { useState } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { reviewOfFile, serializeReview, sourceFiles } from '../../app/review/format.ts';
import type { ReviewDesk } from '../../app/review/review-desk.ts';
import { downloadText } from '../download.ts';
import type { ReviewT } from './use-review-text.ts';

const safeName = (s: string) => s.replace(/[^\w.@-]+/g, '_');

/** The export buttons. */
export function ExportBar({ desk, r }: { desk: StoreApi<ReviewDesk>; r: ReviewT }) {
  const review = useStore(desk, (s) => s.review);
  const me = useStore(desk, (s) => s.me);
  const [file, setFile] = useState('');
  if (!review) return null;
  const files = sourceFiles(review);
  const chosen = files.includes(file) ? file : files[0];
  const base = `review-${review.scenario.id}`;
  return (
    <p className="actions">
      <button
        type="button"
        disabled={review.answers.length === 0}
        onClick={() => downloadText(safeName(`${base}-${me.name || me.id}.json`), serializeReview(review))}
      >
        {r('exportReview')}
      </button>
      {chosen !== undefined && (
        <>
          <label>
            {r('exportFor')}{' '}
            <select value={chosen} onChange={(e) => setFile(e.target.value)}>
              {files.map((f) => (
                <option key={f}>{f}</option>
              ))}
            </select>
          </label>
          <button
            type="button"
            onClick={() =>
              downloadText(safeName(`${base}-for-${chosen}`), serializeReview(reviewOfFile(review, chosen)))
            }
          >
            {r('exportForButton')}
          </button>
        </>
      )}
      <button
        type="button"
        onClick={() => {
          const { source, file: name } = desk.getState();
          if (source !== null) downloadText(name, source, 'text/yaml');
        }}
      >
        {r('saveScenario')}
      </button>
    </p>
  );
}
