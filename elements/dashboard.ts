// Entry of the agent dashboard (`dist/cs-agent-console.js`): registers <cs-agent-console> and what it uses.
export { CsAgentConsole } from './agent-console/agent-console.js';
