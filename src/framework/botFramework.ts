/**
 * What the service uses of botbuilder and botframework-connector, and the only place it loads them from.
 * `npm run build` replaces this file's compiled form with one bundle of both packages and everything they
 * load (src/cli/bundleBotFramework.ts): read one by one, those are about 780 modules, and resolving, reading
 * and running each costs about 0.3 s of CPU at every start, which the single file does not. Run from the
 * sources (tests, tools), it is these plain re-exports. Type-only imports may name the packages directly.
 */
export {
  ActivityHandler,
  ActivityTypes,
  CallerIdConstants,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
} from 'botbuilder';
export { AuthenticationConstants, ConnectorFactory } from 'botframework-connector';
