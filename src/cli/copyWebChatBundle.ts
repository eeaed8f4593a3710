import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { BUILT_WEBCHAT_BUNDLE, packagedWebChatBundle } from '../webchat/webChatBundle';

/** The last step of `npm run build`: puts Web Chat's bundle into the build output (see webChatBundle.ts). */
mkdirSync(dirname(BUILT_WEBCHAT_BUNDLE), { recursive: true });
copyFileSync(packagedWebChatBundle(), BUILT_WEBCHAT_BUNDLE);
