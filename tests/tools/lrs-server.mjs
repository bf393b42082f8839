// The LRS for the tests: Learning Locker's xapi-statements service (from .cache/test-tools), wired as
// its own dist/server.js does, but bound to 127.0.0.1 on a free port; prints "LISTENING <port>".
import { createRequire } from 'node:module';
import process from 'node:process';

const require = createRequire(import.meta.url);
const tools = process.argv[2];
const pkg = `${tools}node_modules/xapi-statements/dist/`;
const express = require(`${tools}node_modules/express`);
const dist = (m) => require(pkg + m).default;
const config = dist('config');
const routes = require(`${pkg}utils/constants`);
const presenter = dist('expressPresenter')({
  llClientInfoEndpoint: config.llClientInfoEndpoint,
  customRoute: config.express.customRoute,
  customRouteText: config.express.customRouteText,
  morganDirectory: config.express.morganDirectory,
  bodyParserLimit: config.express.bodyParserLimit,
  service: dist('serviceFactory')(),
  tracker: dist('tracker'),
  translator: dist('translatorFactory')(),
  logger: dist('logger'),
});
const app = express();
app.use(routes.aboutRoute, presenter.aboutRouter);
app.use(routes.fullActivitiesRoute, presenter.fullActivitiesRouter);
app.use(routes.statementsRoute, presenter.statementsRouter);
const server = app.listen(Number(process.env.EXPRESS_PORT || 0), '127.0.0.1', () => {
  process.stdout.write(`LISTENING ${server.address().port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
