/** The table of attempts on "My progress": the UI language's first, newest first, each debrief opened from its row. */
import { sortByDate, type Attempt } from '../../app/progress.ts';
import { useAfterPlayText } from '../i18n/after-play-strings.ts';
import { useLang } from '../i18n/lang.tsx';
import { languageFirst } from '../library/order.ts';

/** The attempts; `canOpen` says which can be replayed into a debrief. */
export function AttemptsTable(props: {
  attempts: readonly Attempt[];
  canOpen(a: Attempt): boolean;
  onOpen(a: Attempt): void;
}) {
  const { pct, date, lang } = useLang();
  const { t } = useAfterPlayText();
  const rows = languageFirst(sortByDate(props.attempts).reverse(), lang);
  return (
    <>
      <h2>{t('attempts')}</h2>
      <div className="table-scroll">
        <table>
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
                <td>{date(a.at, true)}</td>
                <td lang={a.locale}>{a.title}</td>
                <td>{pct(a.score)}</td>
                <td>{a.passed ? t('passed') : t('notPassed')}</td>
                <td>
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
