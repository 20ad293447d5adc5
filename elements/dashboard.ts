// Entry of the agent dashboard (`dist/cs-agent-console.js`): registers <cs-agent-console> and what it uses.
import { useTranslations } from './i18n/localization.js';

// The console's locales hold the widget's strings too (its elements share them).
useTranslations((locale) => import(`../locales/generated/console/${locale}.ts`));

export { CsAgentConsole } from './agent-console/agent-console.js';
