// npm run test:chromium: the browser tests in Chromium only (arguments pass through: -- --files …).
// WTR_ENGINES is set here rather than as a `VAR=value wtr` prefix in package.json, which Windows shells
// do not understand.
import { startTestRunner } from '@web/test-runner';

process.env.WTR_ENGINES = 'chromium';
await startTestRunner();
