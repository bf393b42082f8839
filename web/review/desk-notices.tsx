/** What the last action of the review desk did, said in the trainer's language. */
import type { DeskNotice } from '../../app/review/review-desk.ts';
import type { ReviewT } from './use-review-text.ts';

function text(n: DeskNotice, r: ReviewT): string {
  switch (n.kind) {
    case 'progress':
      return r('importedProgress', {
        file: n.file,
        added: r.plural('newAnswers', n.added),
        attempts: r.plural('attempts', n.attempts),
        dup: n.duplicates ? r.plural('duplicates', n.duplicates) : '',
        other: n.otherScenario ? r.plural('otherScenario', n.otherScenario) : '',
      });
    case 'lrs':
      return [
        r('importedLrs', {
          file: n.file,
          added: r.plural('newAnswers', n.added),
          dup: n.duplicates ? r.plural('duplicates', n.duplicates) : '',
        }),
        n.withoutText ? r.plural('lrsWithoutText', n.withoutText) : '',
        n.otherVersion ? r.plural('lrsOtherVersion', n.otherVersion) : '',
        n.unreadable ? r.plural('lrsUnreadable', n.unreadable) : '',
      ]
        .filter(Boolean)
        .join(' ');
    case 'review':
      return [
        r('importedReview', {
          file: n.file,
          answers: r.plural('answers', n.answers),
          reviewers: r.plural('trainers', n.reviewers),
        }),
      ]
        .concat(n.stale ? [r('staleReview')] : [])
        .join(' ');
    case 'setAside':
      return r.plural('setAside', n.count, { file: n.file, first: n.first });
    case 'error':
      return r('importError', n);
    case 'example':
      return r('exampleAdded', { kind: r(n.example === 'yes' ? 'kind_yes' : 'kind_no'), criterion: n.criterion });
    case 'phrase':
      return r('phraseAdded', n);
    case 'resumed':
      return `${r.plural('resumed', n.answers)}${n.stale ? ` ${r('staleReview')}` : ''}`;
    case 'storage':
      return r('storageFull', n);
  }
}

/** The notices, errors as alerts. */
export function DeskNotices({ notices, r }: { notices: DeskNotice[]; r: ReviewT }) {
  if (!notices.length) return null;
  return (
    <div className="desk-notices">
      {notices.map((n, i) => {
        const bad = n.kind === 'error' || n.kind === 'storage' || n.kind === 'setAside';
        return (
          <p key={i} role={bad ? 'alert' : 'status'} className={bad ? 'error' : 'ok'}>
            {text(n, r)}
          </p>
        );
      })}
    </div>
  );
}
