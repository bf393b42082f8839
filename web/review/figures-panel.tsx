/** The agreement figures of the review (computed by app/review/analysis.ts): per criterion, leniency, ranking. */
import type { ReviewAnalysis } from '../../app/review/analysis.ts';
import type { ReviewT } from './use-review-text.ts';

const pct = (x: number | null, na: string) => (x === null ? na : `${Math.round(x * 100)} %`);
const dec = (x: number | null, na: string) => (x === null ? na : x.toFixed(2));

/** The tables of the figures. */
export function FiguresPanel({ analysis, r }: { analysis: ReviewAnalysis; r: ReviewT }) {
  const na = r('na');
  const trainers = analysis.reviewers;
  const rows = analysis.criteria.filter((c) => c.units > 0);
  if (!rows.length) return null;
  return (
    <section className="figures" aria-labelledby="figures-title">
      <h2 id="figures-title">{r('figures')}</h2>
      <p className="small muted">{r('figuresIntro')}</p>
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
            {rows.map((c) => (
              <tr key={`${c.node}/${c.criterion}`}>
                <th scope="row">
                  {c.criterion} <span className="small muted">({c.node})</span>
                </th>
                <td>{c.units}</td>
                {trainers.map((t) => {
                  const v = c.vsEngine.find((x) => x.reviewer === t.id);
                  return (
                    <td key={t.id}>
                      {v ? `${pct(v.percent, na)} · κ ${dec(v.kappa, na)} · AC1 ${dec(v.ac1, na)}` : '—'}
                    </td>
                  );
                })}
                <td>
                  {c.between
                    ? `${pct(c.between.percent, na)} · ${
                        c.vsEngine.length === 2
                          ? `κ ${dec(c.between.kappa, na)}`
                          : `Fleiss κ ${dec(c.between.fleiss, na)}`
                      } · α ${dec(c.between.alpha, na)} · AC1 ${dec(c.between.ac1, na)}`
                    : '—'}
                </td>
                <td>{r('wrongOf', { n: c.engine.wrong, of: c.engine.units })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{r('leniency')}</h3>
      <p className="small muted">{r('leniencyIntro')}</p>
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
              <td>{`${l.lenient} (${pct(l.compared ? l.lenient / l.compared : null, na)})`}</td>
              <td>{`${l.strict} (${pct(l.compared ? l.strict / l.compared : null, na)})`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{r('ranked')}</h3>
      {!analysis.ranked.some((x) => x.wrong > 0) && <p>{r('noEngineError')}</p>}
      <ol className="ranked">
        {analysis.ranked
          .filter((x) => x.wrong > 0)
          .map((x) => (
            <li key={`${x.node}/${x.criterion}`}>
              {x.criterion} ({x.node}) — {pct(x.rate, na)} ({r('wrongOf', { n: x.wrong, of: x.units })})
            </li>
          ))}
      </ol>
    </section>
  );
}
