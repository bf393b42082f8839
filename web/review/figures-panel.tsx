/** The agreement figures of the review (computed by app/review/analysis.ts): per criterion, leniency, ranking. */
import type { CriterionFigures, ReviewAnalysis } from '../../app/review/analysis.ts';
import type { ReviewT } from './use-review-text.ts';

const pct = (x: number | null, na: string) => (x === null ? na : `${Math.round(x * 100)} %`);
const dec = (x: number | null, na: string) => (x === null ? na : x.toFixed(2));

function betweenCell(c: CriterionFigures, na: string): string {
  const b = c.between;
  if (!b) return '—';
  const kappa = c.vsEngine.length === 2 ? `κ ${dec(b.kappa, na)}` : `Fleiss κ ${dec(b.fleiss, na)}`;
  return `${pct(b.percent, na)} · ${kappa} · α ${dec(b.alpha, na)} · AC1 ${dec(b.ac1, na)}`;
}

function AgreementTable({ analysis, r }: { analysis: ReviewAnalysis; r: ReviewT }) {
  const na = r('na');
  const trainers = analysis.reviewers;
  return (
    <div className="table-scroll">
      <table className="agreement">
        <thead>
          <tr>
            <th scope="col">{r('criterion')}</th>
            <th scope="col">{r('answers')}</th>
            {trainers.map((t) => (
              <th scope="col" key={t.id}>
                {r('vsEngine', { name: t.name })}
              </th>
            ))}
            <th scope="col">{r('between')}</th>
            <th scope="col">{r('engineWrong')}</th>
          </tr>
        </thead>
        <tbody>
          {analysis.criteria
            .filter((c) => c.units > 0)
            .map((c) => (
              <tr key={`${c.node}/${c.criterion}`}>
                <th scope="row">
                  {c.criterion} <span className="small muted">({c.node})</span>
                </th>
                <td>{c.units}</td>
                {trainers.map((t) => {
                  const v = c.vsEngine.find((x) => x.reviewer === t.id);
                  const text = v ? `${pct(v.percent, na)} · κ ${dec(v.kappa, na)} · AC1 ${dec(v.ac1, na)}` : '—';
                  return <td key={t.id}>{text}</td>;
                })}
                <td>{betweenCell(c, na)}</td>
                <td>{r('wrongOf', { n: c.engine.wrong, of: c.engine.units })}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </div>
  );
}

function LeniencyTable({ analysis, r }: { analysis: ReviewAnalysis; r: ReviewT }) {
  const share = (n: number, of: number) => `${n} (${pct(of ? n / of : null, r('na'))})`;
  return (
    <table className="leniency">
      <thead>
        <tr>
          <th scope="col">{r('trainer')}</th>
          <th scope="col">{r('compared')}</th>
          <th scope="col">{r('lenient')}</th>
          <th scope="col">{r('strict')}</th>
        </tr>
      </thead>
      <tbody>
        {analysis.leniency.map((l) => (
          <tr key={l.reviewer}>
            <th scope="row">{l.name}</th>
            <td>{l.compared}</td>
            <td>{share(l.lenient, l.compared)}</td>
            <td>{share(l.strict, l.compared)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The tables of the figures. */
export function FiguresPanel({ analysis, r }: { analysis: ReviewAnalysis; r: ReviewT }) {
  if (!analysis.criteria.some((c) => c.units > 0)) return null;
  const wrong = analysis.ranked.filter((x) => x.wrong > 0);
  return (
    <section className="figures" aria-labelledby="figures-title">
      <h2 id="figures-title">{r('figures')}</h2>
      <p className="small muted">{r('figuresIntro')}</p>
      <AgreementTable analysis={analysis} r={r} />
      <h3>{r('leniency')}</h3>
      <p className="small muted">{r('leniencyIntro')}</p>
      <LeniencyTable analysis={analysis} r={r} />
      <h3>{r('ranked')}</h3>
      {wrong.length === 0 ? (
        <p>{r('noEngineError')}</p>
      ) : (
        <ol className="ranked">
          {wrong.map((x) => (
            <li key={`${x.node}/${x.criterion}`}>
              {x.criterion} ({x.node}) — {pct(x.rate, r('na'))} ({r('wrongOf', { n: x.wrong, of: x.units })})
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
