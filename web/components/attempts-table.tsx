/** The table of attempts on "My progress": the UI language's first, newest first, each debrief opened from its row. */
import { sortByDate, type Attempt } from '../../app/progress.ts';
import { useAfterPlayText } from '../i18n/after-play-strings.ts';
import { useLang } from '../i18n/lang.tsx';
import { languageFirst } from '../library/order.ts';

/** A cell's column name, shown before its value only where the rows stack (a phone); the header says it otherwise. */
function CellLabel({ text }: { text: string }) {
  return (
    <span className="cell-label" aria-hidden="true">
      {text}{' '}
    </span>
  );
}

/** The attempts, a row each (stacked into a card per attempt on a phone); `canOpen` says which open a debrief. */
export function AttemptsTable(props: {
  attempts: readonly Attempt[];
  canOpen(a: Attempt): boolean;
  onOpen(a: Attempt): void;
}) {
  const { pct, date, colon, lang } = useLang();
  const { t } = useAfterPlayText();
  const rows = languageFirst(sortByDate(props.attempts).reverse(), lang);
  return (
    <>
      <h2>{t('attempts')}</h2>
      <div className="table-scroll">
        <table className="attempts">
          <thead>
            <tr>
              <th scope="col">{t('date')}</th>
              <th scope="col">{t('scenario')}</th>
              <th scope="col">{t('score')}</th>
              <th scope="col">{t('result')}</th>
              <th scope="col">{t('debriefTitle')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <tr key={a.id}>
                <td className="attempt-date">
                  <CellLabel text={colon(t('date'))} />
                  {date(a.at, true)}
                </td>
                <td className="attempt-title" lang={a.locale}>
                  {a.title}
                </td>
                <td>
                  <CellLabel text={colon(t('score'))} />
                  {pct(a.score)}
                </td>
                <td>
                  <CellLabel text={colon(t('result'))} />
                  {a.passed ? t('passed') : t('notPassed')}
                </td>
                <td className="attempt-open">
                  {props.canOpen(a) && (
                    <button type="button" onClick={() => props.onOpen(a)}>
                      {t('openDebrief')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
