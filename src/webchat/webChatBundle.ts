import { dirname, join, resolve } from 'node:path';

/**
 * Web Chat's full bundle (Adaptive Cards included), served from this origin: no CDN. botframework-webchat is a
 * dev dependency (160 MB with React and the rest), so a production install does not have it: `npm run build`
 * copies its one bundle file into the build output (dist/vendor/webchat.js), and the built service, `npm start`
 * and the Docker image alike, serves that copy. Running from the TypeScript sources (tests), the package is read.
 */
const RUNNING_FROM_DIST = __dirname.includes(join('dist', 'src'));

/** dist/vendor/webchat.js, from dist/src/webchat. */
export const BUILT_WEBCHAT_BUNDLE = join(__dirname, '../../vendor/webchat.js');

/** The bundle inside the installed package (development installs only). */
export function packagedWebChatBundle(): string {
  return resolve(dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');
}

export function webChatBundlePath(): string {
  return RUNNING_FROM_DIST ? BUILT_WEBCHAT_BUNDLE : packagedWebChatBundle();
}
