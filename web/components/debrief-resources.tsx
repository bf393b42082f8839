/** The end of the debrief: the scenario's takeaways and resources (phone numbers and safe links only). */
import type { Scenario } from '../../engine/types.ts';
import { useAfterPlayText } from '../i18n/after-play-strings.ts';

/** Takeaways and resources of a scenario. */
export function DebriefResources({ scenario: s }: { scenario: Scenario }) {
  const { t } = useAfterPlayText();
  return (
    <>
      {s.debrief.takeaways.length > 0 && (
        <>
          <h2>{t('takeaways')}</h2>
          <ul lang={s.locale}>
            {s.debrief.takeaways.map((x) => (
              <li key={x}>{x}</li>
            ))}
          </ul>
        </>
      )}
      {s.debrief.resources.length > 0 && (
        <>
          <h2>{t('resources')}</h2>
          <ul lang={s.locale} className="resources">
            {s.debrief.resources.map((x) => (
              <li key={x.label}>
                <strong>{x.label}</strong>
                {x.phone && (
                  <>
                    {' '}
                    — <a href={`tel:${x.phone.replace(/\s/g, '')}`}>{x.phone}</a>
                  </>
                )}
                {x.url && /^https?:\/\//.test(x.url) && (
                  <>
                    {' '}
                    —{' '}
                    <a href={x.url} rel="noreferrer noopener" target="_blank">
                      {x.url}
                    </a>
                  </>
                )}
                {x.description && <> — {x.description}</>}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
