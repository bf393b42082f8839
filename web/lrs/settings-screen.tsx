/** #/settings: the organisation's LRS (address, keys, learner, typed answers sent or not) and the queue's status. */
import { useState } from 'react';
import type { TextStore } from '../../app/persistence.ts';
import { readLrsSettings, type LrsSettings } from '../../app/xapi/config.ts';
import { useLang } from '../i18n/lang.tsx';
import type { StringKey } from '../i18n/strings.ts';
import { loadLrsSettings, saveLrsSettings } from './lrs-settings.ts';
import { LrsStatus } from './lrs-status.tsx';
import type { LrsLink } from './use-lrs.ts';

const FIELDS: Array<{ key: Exclude<keyof LrsSettings, 'sendResponses'>; label: StringKey; type: string }> = [
  { key: 'endpoint', label: 'lrsEndpoint', type: 'url' },
  { key: 'username', label: 'lrsUsername', type: 'text' },
  { key: 'password', label: 'lrsPassword', type: 'password' },
  { key: 'token', label: 'lrsToken', type: 'password' },
  { key: 'learner', label: 'lrsLearner', type: 'text' },
  { key: 'name', label: 'lrsName', type: 'text' },
];

/** The settings screen; `onSaved` restarts the outbox with the new settings. */
export default function SettingsScreen({
  store,
  link,
  onSaved,
}: {
  store: TextStore;
  link: LrsLink | null;
  onSaved(): void;
}) {
  const { t } = useLang();
  const [form, setForm] = useState<LrsSettings>(() => loadLrsSettings(store));
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const save = (next: LrsSettings | null) => {
    const checked = next && readLrsSettings(next);
    if (checked && 'errors' in checked) return setMessage({ text: checked.errors.join('; '), error: true });
    const failed = saveLrsSettings(store, checked ? next : null);
    if (failed) return setMessage({ text: t('storageProblem', { detail: failed }), error: true });
    if (!checked) setForm({});
    const host = checked ? new URL(checked.config.endpoint).host : '';
    setMessage({ text: checked ? t('lrsSaved', { host }) : t('lrsOff'), error: false });
    onSaved();
  };
  return (
    <section className="panel settings" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('lrsTitle')}</h1>
      <p className="muted">{t('lrsIntro')}</p>
      <LrsForm form={form} onChange={setForm} onSave={() => save(form)} onStop={() => save(null)} />
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error' : 'ok'}>
          {message.text}
        </p>
      )}
      {link?.status ? (
        <div className="actions">
          <LrsStatus status={link.status} host={link.host} />
          {link.status.waiting > 0 && (
            <button type="button" onClick={link.sendNow}>
              {t('lrsSendNow')}
            </button>
          )}
        </div>
      ) : (
        !link && <p className="muted">{t('lrsOff')}</p>
      )}
    </section>
  );
}

/** The settings' fields, the typed-answers switch, Save and Stop sending. */
function LrsForm(props: { form: LrsSettings; onChange(f: LrsSettings): void; onSave(): void; onStop(): void }) {
  const { t } = useLang();
  const { form, onChange } = props;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        props.onSave();
      }}
    >
      {FIELDS.map((f) => (
        <label key={f.key}>
          {t(f.label)}
          <input
            type={f.type}
            value={form[f.key] ?? ''}
            autoComplete="off"
            onChange={(e) => onChange({ ...form, [f.key]: e.target.value })}
          />
        </label>
      ))}
      <label className="check">
        <input
          type="checkbox"
          checked={form.sendResponses === true}
          onChange={(e) => onChange({ ...form, sendResponses: e.target.checked })}
        />
        {t('lrsSendResponses')}
      </label>
      <p className="muted">{t('lrsSendResponsesHelp')}</p>
      <div className="actions">
        <button type="submit" className="primary">
          {t('lrsSave')}
        </button>
        <button type="button" onClick={props.onStop}>
          {t('lrsStop')}
        </button>
      </div>
    </form>
  );
}
